import type { NodeProps, NodeTypes } from '@xyflow/react';
import { memo } from 'react';
import type { NodeKind } from '../../model/types';
import type { ClaimFlowNode } from '../toFlowElements';
import { ClaimBox } from './ClaimBox';
import { GroupFrame, GroupLabel } from './GroupFrame';
import { JunctionDot } from './JunctionDot';

// One component per kind, so a kind can grow its own look without touching the others;
// today they differ through ClaimBox's kind class (border style, icon, colour).
const ConclusionNode = memo((p: NodeProps<ClaimFlowNode>) => (
  <ClaimBox data={p.data} selected={p.selected} />
));
const ClaimNode = memo((p: NodeProps<ClaimFlowNode>) => (
  <ClaimBox data={p.data} selected={p.selected} />
));
const PremiseNode = memo((p: NodeProps<ClaimFlowNode>) => (
  <ClaimBox data={p.data} selected={p.selected} />
));
const ObjectionNode = memo((p: NodeProps<ClaimFlowNode>) => (
  <ClaimBox data={p.data} selected={p.selected} />
));
const QuestionNode = memo((p: NodeProps<ClaimFlowNode>) => (
  <ClaimBox data={p.data} selected={p.selected} />
));

const kindNodes: Record<NodeKind, NodeTypes[string]> = {
  conclusion: ConclusionNode,
  claim: ClaimNode,
  premise: PremiseNode,
  objection: ObjectionNode,
  question: QuestionNode,
};

/** Defined once at module level, as React Flow requires for stable node types. */
export const nodeTypes: NodeTypes = {
  ...kindNodes,
  'group-frame': GroupFrame,
  'group-label': GroupLabel,
  junction: JunctionDot,
};
