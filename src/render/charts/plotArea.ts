/** The rectangle the data is drawn in, in px from the SVG's top left corner. */
export interface PlotArea {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}
