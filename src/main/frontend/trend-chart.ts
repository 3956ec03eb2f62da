/*
 * <cf-trend-chart>: a chart drawn by Apache ECharts from an option the server builds (line,
 * bar), on a canvas. Tells the server about a click on a point or bar (chart-click, detail:
 * {name, series}); downloads itself as a PNG.
 */
import * as echarts from 'echarts';

class TrendChartElement extends HTMLElement {
  private chart?: echarts.ECharts;
  private option?: string;
  private resizeObserver?: ResizeObserver;

  connectedCallback() {
    this.style.display = 'block';
    if (!this.chart) {
      const container = document.createElement('div');
      container.style.cssText = 'width:100%;height:100%;';
      this.appendChild(container);
      this.chart = echarts.init(container, undefined, { renderer: 'canvas' });
      this.chart.on('click', (e: any) =>
        this.dispatchEvent(new CustomEvent('chart-click', { detail: { name: String(e.name ?? ''), series: String(e.seriesName ?? '') } })),
      );
      if (this.option) this.chart.setOption(JSON.parse(this.option), true);
    }
    this.resizeObserver = new ResizeObserver(() => this.chart?.resize());
    this.resizeObserver.observe(this);
  }

  disconnectedCallback() {
    this.resizeObserver?.disconnect();
  }

  /** Replaces what the chart shows with an ECharts option, as JSON. */
  chartOption(json: string) {
    this.option = json;
    this.chart?.setOption(JSON.parse(json), true);
  }

  chartDownloadPng(fileName: string) {
    if (!this.chart) return;
    const url = this.chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' });
    const a = document.createElement('a');
    a.href = url;
    a.download = fileName || 'chart.png';
    a.style.display = 'none';
    document.body.appendChild(a);
    a.click();
    a.remove();
  }
}

customElements.define('cf-trend-chart', TrendChartElement);
