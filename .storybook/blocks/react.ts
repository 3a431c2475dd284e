// React is not a dependency of the repository: Storybook's docs addon brings it and aliases
// `react` for the docs build, so this is the copy the docs pages render with. Its types are not
// installed at the root, so the little the docs blocks use is typed here.
// @ts-expect-error -- no @types/react at the root (see above); the API used is typed below.
import * as ReactModule from 'react';

/** Whatever React can render. */
export type ReactNode = unknown;
/** A function component. */
export type Component<P> = (props: P) => ReactNode;

interface ReactApi {
  createElement<P extends object>(
    type: string | Component<P>,
    props?: P | null,
    ...children: ReactNode[]
  ): ReactNode;
  Fragment: Component<{ children?: ReactNode }>;
}

const React = ReactModule as ReactApi;

/** `createElement`, short, as JSX would compile to. */
export const h = React.createElement;
export const Fragment = React.Fragment;
