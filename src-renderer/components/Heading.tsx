/** A step's heading: takes focus when the step appears, so screen readers and keyboards follow. */
import { useEffect, useRef, type ReactNode } from 'react';

export function StepHeading({ children, level = 2, id }: { children: ReactNode; level?: 1 | 2; id?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  const Tag = level === 1 ? 'h1' : 'h2';
  return (
    <Tag ref={ref} tabIndex={-1} className="step-heading" id={id}>
      {children}
    </Tag>
  );
}
