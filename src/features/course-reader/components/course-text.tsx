import { Link } from 'react-router';
import type { Block, GlossaryTerm, Inline, Lang } from '@/content/course-types';
import { lessonPath } from '@/domain/course-ids';
import { Term } from './term';

interface TextContext {
  lang: Lang;
  glossary: Record<string, GlossaryTerm>;
}

/** Renders compiled inline course text as React elements (never as HTML strings). */
export function InlineText({ nodes, context }: { nodes: Inline[]; context: TextContext }) {
  return (
    <>
      {nodes.map((node, index) => {
        switch (node.type) {
          case 'text':
            return node.value;
          case 'break':
            return <br key={index} />;
          case 'strong':
            return (
              <strong key={index}>
                <InlineText nodes={node.children} context={context} />
              </strong>
            );
          case 'emphasis':
            return (
              <em key={index}>
                <InlineText nodes={node.children} context={context} />
              </em>
            );
          case 'term':
            return <Term key={index} term={context.glossary[node.termId]} text={node.text} interactive={node.interactive} />;
          case 'link':
            return (
              <Link key={index} to={lessonPath(context.lang, node.target.unitId, node.target.lessonId, node.target.sectionId)}>
                <InlineText nodes={node.children} context={context} />
              </Link>
            );
        }
      })}
    </>
  );
}

export function Blocks({ blocks, context }: { blocks: Block[]; context: TextContext }) {
  return (
    <>
      {blocks.map((block, index) => {
        if (block.type === 'paragraph') {
          return (
            <p key={index}>
              <InlineText nodes={block.children} context={context} />
            </p>
          );
        }
        const items = block.items.map((item, itemIndex) => {
          const only = item[0];
          return (
            <li key={itemIndex}>
              {item.length === 1 && only?.type === 'paragraph' ? (
                <InlineText nodes={only.children} context={context} />
              ) : (
                <Blocks blocks={item} context={context} />
              )}
            </li>
          );
        });
        return block.ordered ? <ol key={index}>{items}</ol> : <ul key={index}>{items}</ul>;
      })}
    </>
  );
}
