import { Box, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { PlanDetail } from '@dondoc/contracts';
import { sectionTree, type SectionNode as Node } from './section-tree';

// Text is rendered as React text (escaped): document content is never injected as HTML.
const SectionNode = ({ node, depth }: { node: Node; depth: number }) => (
  <Box component="li" sx={{ listStyle: 'none', mt: depth === 0 ? 2 : 0.75 }}>
    <Typography
      component={depth === 0 ? 'h3' : 'p'}
      variant={depth === 0 ? 'subtitle1' : 'body2'}
      sx={{ fontWeight: depth < 2 ? 600 : 400 }}
    >
      {node.label && <span>{node.label} </span>}
      {node.title}
    </Typography>
    {node.text && (
      <Typography variant="body2" sx={{ whiteSpace: 'pre-line', color: 'text.secondary' }}>
        {node.text}
      </Typography>
    )}
    {node.children.length > 0 && (
      <Box component="ul" sx={{ pl: { xs: 1.5, sm: 3 }, m: 0 }}>
        {node.children.map((child) => (
          <SectionNode key={child.id} node={child} depth={depth + 1} />
        ))}
      </Box>
    )}
  </Box>
);

/** The plan's sections with their original labels ("IV.", "2.1.", "a)", "-", "+"). */
export const PlanSections = (_props: { label?: string }) => {
  const record = useRecordContext<PlanDetail>();
  const translate = useTranslate();
  if (!record) return null;
  if (!record.sections?.length) return <Typography>{translate('dondoc.plans.no_sections')}</Typography>;
  return (
    <Box component="ul" sx={{ p: 0, m: 0 }} aria-label={translate('dondoc.plans.tabs.content')}>
      {sectionTree(record.sections).map((node) => (
        <SectionNode key={node.id} node={node} depth={0} />
      ))}
    </Box>
  );
};
