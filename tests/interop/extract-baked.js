// Reads the badge baked into a PNG or SVG with openbadges-bakery 1.0.5 (Mozilla's reference bakery).
// Usage: node extract-baked.js <image-file>
// Prints the baked text (assertion JSON, JWS or URL) to stdout, or the bakery's error to stderr with exit code 1.
// Only extract() is used, because bake() of this version fails on Node 20.
'use strict';

const fs = require('fs');
const bakery = require('openbadges-bakery');

const imagePath = process.argv[2];
if (!imagePath) {
  console.error('Usage: node extract-baked.js <image-file>');
  process.exit(2);
}

bakery.extract(fs.readFileSync(imagePath), (error, text) => {
  if (error) {
    console.error(`openbadges-bakery extract failed: ${error.code ?? ''} ${error.message}`);
    process.exit(1);
  }
  process.stdout.write(text);
});
