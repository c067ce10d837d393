import { afterEach, describe, expect, it } from 'vitest';
import { loadDefaultMap, tinyMap } from '../explore/testMaps';
import { createAppStore } from '../store/appStore';
import { connectPresentation } from './presentChannel';

const CHANNEL = 'argument-map-presentation';
const settle = () => new Promise((r) => setTimeout(r, 50));

describe('the presentation channel, audience side', () => {
  const open: (() => void)[] = [];
  afterEach(() => {
    for (const close of open.splice(0)) close();
  });

  /** Another window's end of the channel: what it hears, and a way to speak. */
  function otherWindow() {
    const channel = new BroadcastChannel(CHANNEL);
    const heard: { type: string }[] = [];
    channel.onmessage = (e: MessageEvent<{ type: string }>) => heard.push(e.data);
    open.push(() => channel.close());
    return { heard, say: (m: unknown) => channel.postMessage(m) };
  }

  it('copies the map to the channel only once a presenter window has said hello', async () => {
    const store = createAppStore(loadDefaultMap());
    open.push(connectPresentation(store, 'audience'));
    const other = otherWindow();

    store.getState().loadMap(tinyMap(['a', 'b'], [['r', 'support', 'a', 'b']]));
    await settle();
    expect(other.heard.filter((m) => m.type === 'map')).toEqual([]);

    other.say({ type: 'hello' });
    await settle();
    expect(other.heard.filter((m) => m.type === 'map')).toHaveLength(1);
    store.getState().loadMap(loadDefaultMap());
    await settle();
    expect(other.heard.filter((m) => m.type === 'map')).toHaveLength(2);
  });
});
