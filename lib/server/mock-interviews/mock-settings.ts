import { MOCK_PRESETS, type MockInterviewSettings, type MockPresetKey } from '../../shared/mock-interviews';
import type { StartMockInterviewInput } from './schemas';

/** What a start request asks for: a preset's settings, or the candidate's own. */
export function mockSettings(input: StartMockInterviewInput): { preset: MockPresetKey | null; settings: MockInterviewSettings } {
  if (input.kind === 'preset') {
    const { settings } = MOCK_PRESETS[input.preset];
    return { preset: input.preset, settings: { ...settings, topics: [...settings.topics], mix: { ...settings.mix } } };
  }
  const { topics, problemCount, easy, medium, hard, durationMinutes } = input;
  return { preset: null, settings: { topics: [...new Set(topics)].sort(), problemCount, mix: { easy, medium, hard }, durationMinutes } };
}
