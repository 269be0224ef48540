import * as migration_20261124_063252_initial from './20261124_063252_initial';
import * as migration_20261125_190721_hardening from './20261125_190721_hardening';

export const migrations = [
  {
    up: migration_20261124_063252_initial.up,
    down: migration_20261124_063252_initial.down,
    name: '20261124_063252_initial',
  },
  {
    up: migration_20261125_190721_hardening.up,
    down: migration_20261125_190721_hardening.down,
    name: '20261125_190721_hardening'
  },
];
