// Writes a deterministic sample image for the MobileNetV2 example as a .npy
// file (float32, 1x3x224x224): a smooth color gradient, the same on every
// run, so the main job's printed scores are reproducible.
//   node sample-input.mjs out/input.npy
import {writeFileSync} from 'node:fs';

const [, , path] = process.argv;
if (!path) {
  console.error('usage: node sample-input.mjs <output.npy>');
  process.exit(2);
}
const shape = [1, 3, 224, 224];
const data = new Float32Array(shape.reduce((a, b) => a * b, 1));
for (let c = 0; c < 3; ++c)
  for (let y = 0; y < 224; ++y)
    for (let x = 0; x < 224; ++x)
      data[(c * 224 + y) * 224 + x] =
          Math.sin((x + 1) * (c + 1) / 37) * Math.cos((y + 1) / 29);

// NumPy format 1.0: magic, version, header length, header dict padded so the
// data starts on a 64-byte boundary.
let header = `{'descr': '<f4', 'fortran_order': False, 'shape': (${shape.join(', ')}), }`;
header += ' '.repeat((64 - ((10 + header.length + 1) % 64)) % 64) + '\n';
const prefix = Buffer.alloc(10);
prefix.write('\x93NUMPY', 0, 'latin1');
prefix[6] = 1;
prefix[7] = 0;
prefix.writeUInt16LE(header.length, 8);
writeFileSync(path, Buffer.concat([
  prefix, Buffer.from(header, 'latin1'), Buffer.from(data.buffer),
]));
