// Loaded on demand (React.lazy): bpmn-js is large and only the case page draws diagrams.
import { useEffect, useRef, useState } from 'react';
import Viewer from 'bpmn-js/lib/Viewer';
import type Canvas from 'diagram-js/lib/core/Canvas';
import type ElementRegistry from 'diagram-js/lib/core/ElementRegistry';
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import type { DiagramMarker } from './case-progress';

interface Props {
  bpmnXml: string;
  markers: DiagramMarker[];
  /** what the picture shows, in words, for assistive technology */
  label: string;
}

/** The case's BPMN diagram, read-only, with its finished and current steps marked, fitted to its box. */
export default function CaseDiagram({ bpmnXml, markers, label }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<'drawing' | 'ready' | 'failed'>('drawing');

  useEffect(() => {
    const viewer = new Viewer({ container: container.current! });
    let current = true;
    viewer
      .importXML(bpmnXml)
      .then(() => {
        if (!current) return;
        const canvas = viewer.get<Canvas>('canvas');
        const registry = viewer.get<ElementRegistry>('elementRegistry');
        markers.filter((m) => registry.get(m.id)).forEach((m) => canvas.addMarker(m.id, m.marker));
        canvas.zoom('fit-viewport');
        // The viewer has no keyboard interaction, so the picture is not a tab stop; it is an image with its words.
        const svg = container.current?.querySelector('.djs-container > svg');
        svg?.removeAttribute('tabindex');
        svg?.setAttribute('role', 'img');
        svg?.setAttribute('aria-label', label);
        setState('ready');
      })
      .catch(() => current && setState('failed'));
    return () => {
      current = false;
      viewer.destroy();
    };
  }, [bpmnXml, markers, label]);

  return (
    <>
      {state === 'failed' && (
        <p className="govuk-body" data-testid="case-diagram-failed">
          The diagram could not be drawn.
        </p>
      )}
      <div
        className="app-bpmn"
        ref={container}
        data-testid="case-diagram"
        data-state={state}
        hidden={state === 'failed'}
      />
    </>
  );
}
