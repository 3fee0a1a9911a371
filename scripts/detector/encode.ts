/** The encoder of model.json's weights; the format and the decoder are in src/domain/signal/model-file.ts. */
export function encodeWeights(weights: ArrayLike<number>, quantum: number): { count: number; data: string } {
  const bytes: number[] = [];
  const varint = (v: number) => {
    while (v >= 0x80) {
      bytes.push((v % 0x80) | 0x80);
      v = Math.floor(v / 0x80);
    }
    bytes.push(v);
  };
  let previous = -1;
  let count = 0;
  for (let i = 0; i < weights.length; i++) {
    const q = Math.round((weights[i] as number) / quantum);
    if (q === 0) continue;
    varint(i - previous - 1);
    varint(q > 0 ? q * 2 : -q * 2 - 1);
    previous = i;
    count++;
  }
  return { count, data: Buffer.from(bytes).toString('base64') };
}
