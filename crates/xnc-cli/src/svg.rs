//! Minimal SVG bar charts for the benchmark report (self-contained files, no fonts to load).

const PALETTE: [&str; 12] = [
    "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac",
    "#1b9e77", "#7570b3",
];

fn esc(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

/// The chart's frame: the `<svg>` element of `w` x `h`, a white background, the title, and `ticks`
/// horizontal grid lines from 0 to `max` over a plot `plot_h` high from `top`, ending at `x2`,
/// labelled with `prec` decimals.
struct Frame {
    top: f64,
    plot_h: f64,
    max: f64,
}

impl Frame {
    fn open(&self, title: &str, (w, h): (f64, f64), ticks: u32, x2: f64, prec: usize) -> String {
        let mut s = format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" font-family=\"sans-serif\" font-size=\"10\">\n\
             <rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n<text x=\"10\" y=\"18\" font-size=\"13\">{}</text>\n",
            esc(title)
        );
        for k in 0..=ticks {
            let v = self.max * k as f64 / ticks as f64;
            let y = self.top + self.plot_h - self.plot_h * k as f64 / ticks as f64;
            s.push_str(&format!(
                "<line x1=\"55\" x2=\"{x2}\" y1=\"{y}\" y2=\"{y}\" stroke=\"#ddd\"/><text x=\"50\" y=\"{}\" text-anchor=\"end\">{v:.prec$}</text>\n",
                y + 3.0,
            ));
        }
        s
    }
}

/// A simple bar chart: one bar per (label, value).
pub fn bars(title: &str, bars: &[(String, f64)]) -> String {
    let w = 60.0 + 22.0 * bars.len() as f64 + 20.0;
    let (h, top, plot_h) = (300.0, 30.0, 220.0);
    let max = bars.iter().map(|b| b.1).fold(0.0f64, f64::max).max(1e-12);
    let mut s = Frame { top, plot_h, max }.open(title, (w, h), 4, w - 10.0, 3);
    for (i, (label, v)) in bars.iter().enumerate() {
        let x = 60.0 + 22.0 * i as f64;
        let bh = plot_h * v / max;
        s.push_str(&format!(
            "<rect x=\"{x}\" y=\"{}\" width=\"18\" height=\"{bh}\" fill=\"{}\"><title>{}: {v:.5}</title></rect>\
             <text x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text>\n",
            top + plot_h - bh,
            PALETTE[0],
            esc(label),
            x + 9.0,
            top + plot_h + 14.0,
            esc(label)
        ));
    }
    s.push_str("</svg>\n");
    s
}

/// Grouped bars: per group (e.g. a tensor) one bar per series (e.g. a codec), with a legend.
pub fn grouped_bars(title: &str, groups: &[(String, Vec<(String, f64)>)]) -> String {
    let mut series: Vec<String> = Vec::new();
    for (_, g) in groups {
        for (name, _) in g {
            if !series.contains(name) {
                series.push(name.clone());
            }
        }
    }
    let bar_w = 12.0;
    let group_w = bar_w * series.len() as f64 + 24.0;
    let plot_w = group_w * groups.len() as f64;
    let legend_w = 190.0;
    let w = 60.0 + plot_w + legend_w;
    let (top, plot_h): (f64, f64) = (30.0, 260.0);
    let h = (top + plot_h + 40.0).max(40.0 + 16.0 * series.len() as f64);
    let max = groups.iter().flat_map(|g| g.1.iter().map(|b| b.1)).fold(0.0f64, f64::max).max(1.0) * 1.05;
    let mut s = Frame { top, plot_h, max }.open(title, (w, h), 5, 60.0 + plot_w, 2);
    let y1 = top + plot_h - plot_h / max;
    s.push_str(&format!(
        "<line x1=\"55\" x2=\"{}\" y1=\"{y1}\" y2=\"{y1}\" stroke=\"#333\" stroke-dasharray=\"4 3\"/>\n",
        60.0 + plot_w
    ));
    for (gi, (gname, g)) in groups.iter().enumerate() {
        let gx = 60.0 + group_w * gi as f64 + 12.0;
        for (name, v) in g {
            let si = series.iter().position(|x| x == name).expect("collected");
            let x = gx + bar_w * si as f64;
            let bh = plot_h * v / max;
            s.push_str(&format!(
                "<rect x=\"{x}\" y=\"{}\" width=\"{}\" height=\"{bh}\" fill=\"{}\"><title>{} {}: {v:.4}</title></rect>\n",
                top + plot_h - bh,
                bar_w - 1.0,
                PALETTE[si % PALETTE.len()],
                esc(gname),
                esc(name)
            ));
        }
        s.push_str(&format!(
            "<text x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text>\n",
            gx + bar_w * series.len() as f64 / 2.0,
            top + plot_h + 14.0,
            esc(gname)
        ));
    }
    for (si, name) in series.iter().enumerate() {
        let y = top + 16.0 * si as f64;
        let x = 70.0 + plot_w;
        s.push_str(&format!(
            "<rect x=\"{x}\" y=\"{y}\" width=\"10\" height=\"10\" fill=\"{}\"/><text x=\"{}\" y=\"{}\">{}</text>\n",
            PALETTE[si % PALETTE.len()],
            x + 14.0,
            y + 9.0,
            esc(name)
        ));
    }
    s.push_str("</svg>\n");
    s
}
