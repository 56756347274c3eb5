/**
 * Small binary records for links: unsigned integers as LEB128 varints (7 bits a byte, so small
 * numbers take one byte and none has a fixed ceiling), raw byte runs, and a Fletcher-16 checksum.
 * Written by hand because the format is the project's own and a dependency would outweigh it.
 * The reader never reads past its end: a short record is refused with a {@link ByteFieldError}.
 */

/** Largest integer a varint field may hold here: 2⁴² − 1, well inside exact double arithmetic. */
const VARINT_MAX = 2 ** 42 - 1;

/** Thrown when a record cannot hold a field: it ends before it (`ended`), or the field's varint is past 2⁴² − 1 (`too-large`). */
export class ByteFieldError extends Error {
  constructor(readonly kind: 'ended' | 'too-large', readonly field: string) {
    super(kind === 'ended' ? `invalid record: it ends before ${field}` : `invalid varint: ${field} is larger than ${VARINT_MAX}`);
  }
}

/** Appends fields to a growing byte record. */
export class ByteWriter {
  private readonly bytes: number[] = [];

  /** Appends `value` (a whole number, 0 … 2⁴² − 1) as an unsigned LEB128 varint. */
  varint(value: number): this {
    if (!Number.isInteger(value) || value < 0 || value > VARINT_MAX) throw new Error(`invalid varint: ${value}`);
    let rest = value;
    while (rest >= 0x80) {
      this.bytes.push((rest % 0x80) | 0x80);
      rest = Math.floor(rest / 0x80);
    }
    this.bytes.push(rest);
    return this;
  }

  /** Appends `bytes` as they are. */
  raw(bytes: ArrayLike<number>): this {
    for (let index = 0; index < bytes.length; index += 1) this.bytes.push((bytes[index] ?? 0) & 0xff);
    return this;
  }

  /** The record so far. */
  finish(): Uint8Array {
    return Uint8Array.from(this.bytes);
  }
}

/** Reads the fields of a byte record in order; each read names its field, so a short record says which one it lacks. */
export class ByteReader {
  private offset = 0;

  constructor(private readonly bytes: Uint8Array) {}

  /** Reads one unsigned LEB128 varint. */
  varint(field: string): number {
    let value = 0;
    let scale = 1;
    for (;;) {
      if (this.offset >= this.bytes.length) throw new ByteFieldError('ended', field);
      const byte = this.bytes[this.offset++]!;
      value += (byte & 0x7f) * scale;
      if (value > VARINT_MAX) throw new ByteFieldError('too-large', field);
      if ((byte & 0x80) === 0) return value;
      scale *= 0x80;
    }
  }

  /** Reads `length` bytes as they are. */
  raw(length: number, field: string): Uint8Array {
    if (this.offset + length > this.bytes.length) throw new ByteFieldError('ended', field);
    const part = this.bytes.slice(this.offset, this.offset + length);
    this.offset += length;
    return part;
  }

  /** Bytes not read yet. */
  get remaining(): number {
    return this.bytes.length - this.offset;
  }
}

/**
 * Fletcher-16 of `bytes` (two running sums mod 255): it catches every changed byte and most swapped or
 * missing ones, which is what a link mangled by copying needs; it is not a defence against forgery.
 */
export function fletcher16(bytes: ArrayLike<number>): number {
  let low = 0;
  let high = 0;
  for (let index = 0; index < bytes.length; index += 1) {
    low = (low + (bytes[index] ?? 0)) % 255;
    high = (high + low) % 255;
  }
  return (high << 8) | low;
}
