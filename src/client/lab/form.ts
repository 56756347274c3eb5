// Reading the lab's form: chosen backends, preset or custom layer, timing, machine name, and whether to probe the machine.
import { customPreset, LAB_BACKENDS, PRESETS, presetTiming, withTiming, type LabBackend, type LayerShape, type Preset, type PresetId } from '../../lib/lab';
import { labStrings } from '../../lib/strings/lab';

/** What the reader asked for, or a sentence saying which input is wrong. */
export type FormRequest = { ok: true; preset: Preset; backends: LabBackend[]; machine: string; machineProbes: boolean } | { ok: false; error: string };

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
  return customPreset(shape);
}

/** "invalid inHeight: 0" → "invalid Height: 0", naming the field as the form labels it. */
function named(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/^invalid (\w+)/, (whole, key: string) => {
    const label = (labStrings.customLabels as Record<string, string>)[key];
    return label ? `invalid ${label}` : whole;
  });
}

/** Reads the form into a preset (with the timing fields applied), backends and machine name; bad values are refused with named errors. */
export function readForm(form: HTMLFormElement): FormRequest {
  const data = new FormData(form);
  const backends = data.getAll('backend').map(String).filter((name): name is LabBackend => (LAB_BACKENDS as readonly string[]).includes(name));
  if (backends.length === 0) return { ok: false, error: labStrings.statusNoBackend };
  const presetId = String(data.get('preset') ?? 'quick') as PresetId;
  const machine = String(data.get('machine') ?? '').trim() || labStrings.defaultMachine;
  const machineProbes = data.get('machineProbes') !== null;
  let preset: Preset;
  try {
    preset = presetId === 'custom' ? customFrom(data) : PRESETS[presetId] ?? PRESETS.quick;
  } catch (error) {
    return { ok: false, error: labStrings.customInvalid(named(error)) };
  }
  try {
    return { ok: true, preset: withTiming(preset, { runs: integer(data, 'runs'), timeBudgetMs: integer(data, 'timeBudgetMs') }), backends, machine, machineProbes };
  } catch (error) {
    return { ok: false, error: labStrings.timingInvalid(named(error)) };
  }
}

/** Fills the timing fields with what the chosen preset uses, so they always show what a run will apply. */
export function showPresetTiming(form: HTMLFormElement): void {
  const id = (new FormData(form).get('preset') ?? 'quick') as PresetId;
  const timing = presetTiming(id in PRESETS || id === 'custom' ? id : 'quick');
  for (const name of ['runs', 'timeBudgetMs'] as const) {
    const field = form.querySelector<HTMLInputElement>(`input[name="${name}"]`);
    if (field) field.value = String(timing[name]);
  }
}
