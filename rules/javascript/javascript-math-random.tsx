import React, { useMemo } from "react";

type Props = { label: string };

export function Field({ label }: Props): JSX.Element {
  // ruleid: javascript-math-random -> xorshift128+ function=generate
  const id = useMemo(() => `field-${Math.random().toString(36).slice(2)}`, []);
  // ok: javascript-math-random
  const nonce = crypto.getRandomValues(new Uint32Array(1))[0];
  return (
    <label htmlFor={id} data-nonce={nonce}>
      {label}
      <input id={id} />
    </label>
  );
}
