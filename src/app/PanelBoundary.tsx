import { Component, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { dismissFirstPicture } from '../firstPicture/firstPicture';

interface Props {
  /** What the part is called, for the message ("Details", "Argdown"). */
  name: string;
  children: ReactNode;
}

/**
 * Keeps a failure inside one part of the page: the part says what went wrong and can try
 * again; the map and the other panels go on working, and nothing of the map is lost.
 */
export class PanelBoundary extends Component<Props, { error: Error | null }> {
  state = { error: null as Error | null };

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  componentDidCatch(error: unknown) {
    console.error(`${this.props.name} failed:`, error);
    // Its message must show: the build's first picture of the map would cover it.
    dismissFirstPicture(document);
  }

  render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <PanelFailed
        name={this.props.name}
        message={error.message}
        retry={() => this.setState({ error: null })}
      />
    );
  }
}

function PanelFailed({
  name,
  message,
  retry,
}: {
  name: string;
  message: string;
  retry: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="am-panel-failed" role="alert" data-testid="panel-failed">
      <p>{t('app.panelFailed', { name, message })}</p>
      <button type="button" className="am-button" onClick={retry}>
        {t('app.tryAgain')}
      </button>
    </div>
  );
}
