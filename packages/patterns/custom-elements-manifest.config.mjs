import { polisManifestConfig } from '../../scripts/cem-plugins.mjs';

export default polisManifestConfig();
