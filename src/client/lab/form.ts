// Reading the lab's form: chosen backends, preset or custom layer, machine name.
import { customPreset, LAB_BACKENDS, PRESETS, type LabBackend, type LayerShape, type Preset, type PresetId } from '../../lib/lab';
import { labStrings } from '../../lib/strings/lab';

/** What the reader asked for, or a sentence saying which input is wrong. */
export type FormRequest = { ok: true; preset: Preset; backends: LabBackend[]; machine: string } | { ok: false; error: string };

const integer = (data: FormData, name: string): number => {
  const text = String(data.get(name) ?? '').trim();
  return text === '' ? Number.NaN : Number(text);
};

function customFrom(data: FormData): Preset {
  const shape: LayerShape = {
    batch: 1,
    inHeight: integer(data, 'inHeight'),
    inWidth: integer(data, 'inWidth'),
    inChannels: integer(data, 'inChannels'),
    outChannels: integer(data, 'outChannels'),
    filterSize: integer(data, 'filterSize'),
    chMul: integer(data, 'chMul'),
    stride: integer(data, 'stride'),
    pad: String(data.get('pad')) === 'valid' ? 'valid' : 'same',
  };
  return customPreset(shape, { runs: integer(data, 'runs'), timeBudgetMs: integer(data, 'timeBudgetMs') });
}

/** Reads the form into a preset, backends and machine name; custom sizes are validated with named errors. */
export function readForm(form: HTMLFormElement): FormRequest {
  const data = new FormData(form);
  const backends = data.getAll('backend').map(String).filter((name): name is LabBackend => (LAB_BACKENDS as readonly string[]).includes(name));
  if (backends.length === 0) return { ok: false, error: labStrings.statusNoBackend };
  const presetId = String(data.get('preset') ?? 'quick') as PresetId;
  const machine = String(data.get('machine') ?? '').trim() || labStrings.defaultMachine;
  try {
    const preset = presetId === 'custom' ? customFrom(data) : PRESETS[presetId] ?? PRESETS.quick;
    return { ok: true, preset, backends, machine };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // "invalid inHeight: 0" → "invalid Height: 0", naming the field as the form labels it.
    const named = message.replace(/^invalid (\w+)/, (whole, key: string) => {
      const label = (labStrings.customLabels as Record<string, string>)[key];
      return label ? `invalid ${label}` : whole;
    });
    return { ok: false, error: labStrings.customInvalid(named) };
  }
}
