/**
 * The decision diagram of the domain rules, drawn as SVG: which extra input a transaction needs,
 * by kind of transaction, device, and the state of the one-time password app. The same content is
 * given as text next to it (the picture is labelled as one image). Transfers to a registered payee
 * follow the policy the bank reports in /me: with the second factor like every transfer (the
 * guide), or with the confirmation password only (the peer rule); before login it is not known.
 */
import { useEffect, useState } from 'react';
import { useT } from '../i18n/use-t.js';
import type { MessageKey } from '../i18n/i18n.js';
import { netbank } from '../lib/bridge.js';
import { wrapLabel } from '../lib/wrap.js';
import { useApp } from '../state/app-store.js';

type Kind = 'question' | 'answer' | 'result' | 'key-result';
interface Node { id: string; label: MessageKey; kind: Kind; cx: number; y: number; w: number }

const NODES: Node[] = [
  { id: 'q1', label: 'guide.q.op', kind: 'question', cx: 500, y: 20, w: 320 },
  { id: 'a-inq', label: 'guide.a.inquiry', kind: 'answer', cx: 170, y: 130, w: 300 },
  { id: 'a-reg', label: 'guide.a.registered', kind: 'answer', cx: 500, y: 130, w: 300 },
  { id: 'a-sens', label: 'guide.a.sensitive', kind: 'answer', cx: 830, y: 130, w: 300 },
  { id: 'r-none', label: 'guide.r.none', kind: 'result', cx: 170, y: 260, w: 300 },
  { id: 'r-conf', label: 'guide.r.confirmOnly', kind: 'result', cx: 500, y: 260, w: 300 },
  { id: 'q2', label: 'guide.q.channel', kind: 'question', cx: 830, y: 260, w: 300 },
  { id: 'a-phone', label: 'guide.a.phone', kind: 'answer', cx: 500, y: 380, w: 280 },
  { id: 'a-pc', label: 'guide.a.pc', kind: 'answer', cx: 830, y: 380, w: 280 },
  { id: 'r-phone', label: 'guide.r.phone', kind: 'result', cx: 500, y: 490, w: 280 },
  { id: 'q3', label: 'guide.q.token', kind: 'question', cx: 830, y: 490, w: 300 },
  { id: 'a-active', label: 'guide.a.active', kind: 'answer', cx: 600, y: 610, w: 240 },
  { id: 'a-not', label: 'guide.a.notActive', kind: 'answer', cx: 870, y: 610, w: 240 },
  { id: 'r-token', label: 'guide.r.token', kind: 'result', cx: 600, y: 720, w: 250 },
  { id: 'r-mail', label: 'guide.r.mail', kind: 'key-result', cx: 870, y: 720, w: 250 },
];
const EDGES: [string, string][] = [
  ['q1', 'a-inq'], ['q1', 'a-reg'], ['q1', 'a-sens'], ['a-inq', 'r-none'], ['a-reg', 'r-conf'], ['a-sens', 'q2'],
  ['q2', 'a-phone'], ['q2', 'a-pc'], ['a-phone', 'r-phone'], ['a-pc', 'q3'], ['q3', 'a-active'], ['q3', 'a-not'],
  ['a-active', 'r-token'], ['a-not', 'r-mail'],
];
/** The bank's rule for registered payees: true = second factor too, false = confirmation password only, null = not known. */
export type RegisteredPolicy = boolean | null;

export function useRegisteredPolicy(): RegisteredPolicy {
  const ready = useApp((s) => s.session === 'ready');
  const [policy, setPolicy] = useState<RegisteredPolicy>(null);
  useEffect(() => {
    if (!ready) {
      setPolicy(null);
      return;
    }
    let current = true;
    void netbank().customer.me({}).then((r) => {
      if (current && r.ok) setPolicy(r.value.policy.registeredPayeeNeedsOtp);
    });
    return () => {
      current = false;
    };
  }, [ready]);
  return policy;
}

/** The nodes and edges for a policy: under the guide's, registered payees join the sensitive branch. */
function layout(policy: RegisteredPolicy): { nodes: Node[]; edges: [string, string][] } {
  if (policy === true) {
    return {
      nodes: NODES.filter((n) => n.id !== 'a-reg' && n.id !== 'r-conf').map((n) => (n.id === 'a-sens' ? { ...n, label: 'trd.guide.allTransfers' } : n)),
      edges: EDGES.filter(([a, b]) => a !== 'a-reg' && b !== 'a-reg'),
    };
  }
  if (policy === null) {
    return { nodes: NODES.map((n) => (n.id === 'r-conf' ? { ...n, label: 'trd.guide.policyUnknown' } : n)), edges: EDGES };
  }
  return { nodes: NODES, edges: EDGES };
}

/** The registered-payee line of the text beside the diagram, for the policy in force. */
export function RegisteredPayeeRule() {
  const { t } = useT();
  const policy = useRegisteredPolicy();
  const key: MessageKey = policy === true ? 'trd.guide.registeredOtp' : policy === false ? 'trd.guide.registeredConfirmOnly' : 'trd.guide.registeredUnknown';
  return <span data-testid="registered-payee-rule">{t(key)}</span>;
}

const LINE = 22;
const PAD = 12;
const FONT = 17;

/** `policy` given: drawn for it; left out: the policy the bank reports for this session. */
export function DecisionDiagram(props: { policy?: RegisteredPolicy }) {
  const { t } = useT();
  const reported = useRegisteredPolicy();
  const policy = props.policy === undefined ? reported : props.policy;
  const { nodes, edges } = layout(policy);
  const laid = nodes.map((n) => {
    const label = t(n.label);
    const lines = wrapLabel(label, Math.floor((n.w - 2 * PAD) / (FONT * 0.55)) - 2);
    // Where the break replaced a space, keep one in the text so that find-in-page, copying and
    // the page's text read "Mail-notified password", not "Mail-notifiedpassword".
    const joiner = lines.join(' ') === label.trim().replace(/\s+/g, ' ') ? ' ' : '';
    return { ...n, lines, joiner, h: lines.length * LINE + 2 * PAD };
  });
  const byId = new Map(laid.map((n) => [n.id, n]));
  const height = Math.max(...laid.map((n) => n.y + n.h)) + 20;
  return (
    <figure className="diagram">
      <svg viewBox={`0 0 1000 ${height}`} role="img" aria-labelledby="diagram-title diagram-desc" data-testid="decision-diagram"
        data-policy={policy === null ? 'unknown' : policy ? 'registered-needs-otp' : 'registered-confirm-only'}>
        <title id="diagram-title">{t('guide.diagram.title')}</title>
        <desc id="diagram-desc">{t('guide.diagram.desc')}</desc>
        <defs>
          <marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
            <path d="M 0 0 L 10 5 L 0 10 z" className="arrow-head" />
          </marker>
        </defs>
        {edges.map(([a, b]) => {
          const from = byId.get(a)!;
          const to = byId.get(b)!;
          const y1 = from.y + from.h;
          const midY = (y1 + to.y) / 2;
          return <path key={`${a}-${b}`} className="edge" d={`M ${from.cx} ${y1} V ${midY} H ${to.cx} V ${to.y - 2}`} markerEnd="url(#arrow)" />;
        })}
        {laid.map((n) => (
          <g key={n.id} className={`node node-${n.kind}`}>
            <rect x={n.cx - n.w / 2} y={n.y} width={n.w} height={n.h} rx={n.kind === 'answer' ? n.h / 2 : 8} />
            <text x={n.cx} y={n.y + PAD + LINE * 0.75} textAnchor="middle" fontSize={FONT}>
              {n.lines.map((line, i) => (
                <tspan key={i} x={n.cx} dy={i === 0 ? 0 : LINE}>{i < n.lines.length - 1 ? line + n.joiner : line}</tspan>
              ))}
            </text>
          </g>
        ))}
      </svg>
    </figure>
  );
}
