import type { ArgumentMap } from '../model/types';
import type { Presentation } from '../store/appStore';
import type { AppStoreApi } from '../store/useAppStore';

const CHANNEL = 'argument-map-presentation';

type Message =
  | { type: 'state'; presentation: Presentation | null }
  /** A presenter window asks the audience window for its map and state. */
  | { type: 'hello' }
  | { type: 'map'; map: ArgumentMap; presentation: Presentation | null };

export type PresentRole = 'audience' | 'presenter';

/**
 * Keeps the audience and the presenter window on the same step, both ways: whichever window
 * changes the presentation tells the other. A closed window simply stops listening, so the
 * other goes on alone. Returns a function that disconnects.
 */
export function connectPresentation(store: AppStoreApi, role: PresentRole): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => {};
  const channel = new BroadcastChannel(CHANNEL);
  // A state taken from the other window is not sent back to it.
  let applying = false;
  // The audience window copies its map to the channel only once a presenter window has said
  // hello: copying a big map on every edit, for nobody, cost each edit tens of milliseconds.
  let presenterSeen = false;
  const send = (message: Message) => channel.postMessage(message);
  channel.onmessage = (event: MessageEvent<Message>) => {
    const message = event.data;
    applying = true;
    try {
      if (message.type === 'state') store.getState().syncPresentation(message.presentation);
      else if (message.type === 'hello' && role === 'audience') {
        presenterSeen = true;
        const s = store.getState();
        send({ type: 'map', map: s.map, presentation: s.presentation });
      } else if (message.type === 'map' && role === 'presenter') {
        if (store.getState().map !== message.map) store.getState().loadMap(message.map);
        store.getState().syncPresentation(message.presentation);
      }
    } finally {
      applying = false;
    }
  };
  const unsubscribe = store.subscribe((s, previous) => {
    if (applying) return;
    // The audience opened another map: the presenter follows it.
    if (role === 'audience' && s.map !== previous.map) {
      if (presenterSeen) send({ type: 'map', map: s.map, presentation: s.presentation });
    } else if (s.presentation !== previous.presentation)
      send({ type: 'state', presentation: s.presentation });
  });
  if (role === 'presenter') send({ type: 'hello' });
  return () => {
    unsubscribe();
    channel.close();
  };
}
