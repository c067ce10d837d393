import { describe, expect, it } from 'vitest';
import { DEFAULT_LAYOUT_OPTIONS } from '../layout/types';
import {
  loadLayoutOptions,
  loadThemeChoice,
  saveLayoutOptions,
  saveThemeChoice,
} from './preferences';

const memory = () => {
  const data = new Map<string, string>();
  return {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
  };
};

describe('layout preferences', () => {
  it('come back as saved', () => {
    const storage = memory();
    const chosen = {
      direction: 'right',
      density: 'roomy',
      labels: 'gloss',
      language: 'en',
    } as const;
    saveLayoutOptions(storage, chosen);
    expect(loadLayoutOptions(storage)).toEqual(chosen);
  });

  it('fall back to the defaults when nothing, garbage or unknown values were stored', () => {
    expect(loadLayoutOptions(memory())).toEqual(DEFAULT_LAYOUT_OPTIONS);
    const storage = memory();
    storage.setItem('argument-map:layout', '{not json');
    expect(loadLayoutOptions(storage)).toEqual(DEFAULT_LAYOUT_OPTIONS);
    storage.setItem('argument-map:layout', '{"direction":"sideways","density":7}');
    expect(loadLayoutOptions(storage)).toEqual(DEFAULT_LAYOUT_OPTIONS);
  });

  it('survive a storage that refuses to save', () => {
    const full = {
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(() => saveLayoutOptions(full, DEFAULT_LAYOUT_OPTIONS)).not.toThrow();
  });
});

describe('theme preference', () => {
  it('comes back as saved, apart from the layout', () => {
    const storage = memory();
    saveThemeChoice(storage, 'dark');
    expect(loadThemeChoice(storage)).toBe('dark');
    expect(loadLayoutOptions(storage)).toEqual(DEFAULT_LAYOUT_OPTIONS);
  });

  it('is System when nothing or something unknown was stored, or storage is blocked', () => {
    expect(loadThemeChoice(memory())).toBe('system');
    const storage = memory();
    storage.setItem('argument-map:theme', 'sepia');
    expect(loadThemeChoice(storage)).toBe('system');
    const blocked = {
      getItem: () => {
        throw new Error('SecurityError');
      },
    };
    expect(loadThemeChoice(blocked)).toBe('system');
    const full = {
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(() => saveThemeChoice(full, 'light')).not.toThrow();
  });
});
