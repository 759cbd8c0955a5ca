import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';

/** Which seeds have run on this database; the row is written in the seed's own transaction. */
@Entity({ tableName: 'seed_run' })
export class SeedRun {
  [OptionalProps]?: 'ranAt';

  @PrimaryKey({ type: 'text' })
  name!: string;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  ranAt!: Date;
}
