/** The folders of YAML that meetings and items name by id: localities (a tree of areas), bodies and topics. */
import { join } from 'node:path';
import { treeProblems } from '../content/localities.ts';
import { bodySchema, localitySchema, topicSchema } from '../content/schema.ts';
import type { ContentReader } from './content-reader.ts';
import type { References } from './references.ts';

/** Reads the three folders, checking the localities' parents and the bodies' localities. */
export function readBodiesLocalitiesTopics(reader: ContentReader, refs: References, contentDir: string) {
  const localities = reader.folderOfYaml(join(contentDir, 'localities'), localitySchema);
  const bodies = reader.folderOfYaml(join(contentDir, 'bodies'), bodySchema);
  const topics = reader.folderOfYaml(join(contentDir, 'topics'), topicSchema);

  const localityIds = reader.idsIn(join(contentDir, 'localities'), localities);
  for (const p of treeProblems(localities)) {
    const locality = localities.find((l) => l.id === p.id)!;
    reader.problems.push(
      p.problem === 'cycle'
        ? {
            file: locality.file,
            field: 'parent',
            line: locality.lineOf(['parent']),
            message: `The localities' parents go round in a circle: ${p.detail}.`,
            advice: "each locality's parent must be a larger area, ending at the top (England), which has no parent.",
          }
        : refs.unknown(locality.file, locality.lineOf(['parent']), 'parent', p.detail, localityIds, 'localities'),
    );
  }
  for (const body of bodies)
    refs.check(body.file, body.lineOf, 'localities', body.localities, localityIds, 'localities');
  return { localities, bodies, topics };
}
