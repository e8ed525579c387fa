import { Fragment, type ReactNode } from 'react';
import { useParams } from 'react-router';

/** The screen of one record, started afresh when the URL names another (no state carried across records). */
export function ByParam({ name, render }: { name: string; render(value: string): ReactNode }) {
  const value = useParams()[name] ?? '';
  return <Fragment key={value}>{render(value)}</Fragment>;
}
