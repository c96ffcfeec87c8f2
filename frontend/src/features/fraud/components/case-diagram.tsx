// Loaded on demand (React.lazy): bpmn-js is large and only the case page draws diagrams.
import { useEffect, useRef, useState } from 'react';
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
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

/** How much one press of "Zoom in" or "Zoom out" changes the scale. */
const ZOOM_STEP = 1.25;

/**
 * The case's BPMN diagram, read-only, with its finished and current steps marked, fitted to its box. It can be zoomed
 * and moved with a mouse (drag, wheel), zoomed with buttons that the keyboard reaches, and widened to the window so
 * that a long process is readable without zooming out until its labels are too small.
 */
export default function CaseDiagram({ bpmnXml, markers, label }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<Canvas | null>(null);
  const [state, setState] = useState<'drawing' | 'ready' | 'failed'>('drawing');
  const [wide, setWide] = useState(false);

  useEffect(() => {
    const viewer = new NavigatedViewer({ container: container.current! });
    let current = true;
    viewer
      .importXML(bpmnXml)
      .then(() => {
        if (!current) return;
        const canvas = viewer.get<Canvas>('canvas');
        canvasRef.current = canvas;
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
      canvasRef.current = null;
      viewer.destroy();
    };
  }, [bpmnXml, markers, label]);

  // The box changes size when widened; the picture is fitted to the new box.
  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    canvas.resized();
    canvas.zoom('fit-viewport');
  }, [wide]);

  function zoomBy(factor: number) {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const viewbox = canvas.viewbox();
    canvas.zoom(canvas.zoom() * factor, {
      x: viewbox.x + viewbox.width / 2,
      y: viewbox.y + viewbox.height / 2,
    });
  }

  return (
    <>
      {state === 'failed' && (
        <p className="govuk-body" data-testid="case-diagram-failed">
          The diagram could not be drawn.
        </p>
      )}
      {state === 'ready' && (
        <div className="govuk-button-group app-bpmn-controls" role="group" aria-label="Diagram view">
          <button type="button" className="govuk-button govuk-button--secondary" onClick={() => zoomBy(ZOOM_STEP)}>
            Zoom in
          </button>
          <button type="button" className="govuk-button govuk-button--secondary" onClick={() => zoomBy(1 / ZOOM_STEP)}>
            Zoom out
          </button>
          <button
            type="button"
            className="govuk-button govuk-button--secondary"
            onClick={() => canvasRef.current?.zoom('fit-viewport')}
          >
            Fit to box
          </button>
          <button
            type="button"
            className="govuk-button govuk-button--secondary"
            aria-pressed={wide}
            onClick={() => setWide((w) => !w)}
          >
            Full width
          </button>
        </div>
      )}
      <div
        className={wide ? 'app-bpmn app-bpmn--wide' : 'app-bpmn'}
        ref={container}
        data-testid="case-diagram"
        data-state={state}
        hidden={state === 'failed'}
      />
    </>
  );
}
