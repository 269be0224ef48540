import * as migration_20261124_063252_initial from './20261124_063252_initial';

export const migrations = [
  {
    up: migration_20261124_063252_initial.up,
    down: migration_20261124_063252_initial.down,
    name: '20261124_063252_initial'
  },
];
