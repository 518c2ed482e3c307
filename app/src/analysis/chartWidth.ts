import { type RefObject } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';

/**
 * The width a chart is drawn at for a box `px` wide: the box's width, whole pixels, within what the library's
 * charts take (240 to 4000 px) and at most 960 px, so that the chart's text keeps its size instead of being scaled.
 *
 * @example
 * chartWidthFor(352.4) //=> 352
 * chartWidthFor(100) //=> 240
 */
export const chartWidthFor = (px: number): number => Math.min(960, Math.max(240, Math.floor(px)));

/** A ref for a chart's box and the width to draw the chart at, following the box as it resizes. */
export function useChartWidth(): [RefObject<HTMLElement | null>, number] {
  const ref = useRef<HTMLElement>(null);
  const [width, setWidth] = useState(720);
  useLayoutEffect(() => {
    const box = ref.current;
    if (box === null) return undefined;
    const update = () => setWidth(chartWidthFor(box.clientWidth));
    update();
    const observer = new ResizeObserver(update);
    observer.observe(box);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}
