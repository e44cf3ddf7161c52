import { Component, type ReactNode } from 'react';
import { Button } from './Button';

export interface ErrorBoundaryProps {
  /** The part of the page, as the message names it: "The checklist", "The account's detail". */
  what: string;
  /** When this changes (another account, new data), the part is rendered again. */
  resetKey?: unknown;
  children: ReactNode;
}

interface State {
  error: Error | null;
  resetKey: unknown;
}

/**
 * One part of a page that throws while rendering shows what failed and why, instead of React
 * unmounting the whole page: odd data that slipped past the schemas must not leave a lead with a
 * blank dashboard, or a CSM without the sidebar's header and collapse button.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, State> {
  override state: State = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(props: ErrorBoundaryProps, state: State): Partial<State> | null {
    return Object.is(props.resetKey, state.resetKey) ? null : { error: null, resetKey: props.resetKey };
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div role="alert" className="csm-failed" data-testid="render-error">
        <p>
          {this.props.what} could not be shown: {error.message || error.name}
        </p>
        <Button variant="link" onClick={() => this.setState({ error: null })}>
          Try again
        </Button>
      </div>
    );
  }
}
