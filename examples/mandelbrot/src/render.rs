// The Mandelbrot renderer of examples/mandelbrot, free of `nextstep` so the host can build the
// same code (`include!`) to produce the expected output. `out` receives each finished line.

/// Renders the set over [-2.2, 1.0] x [-1.2, 1.2] as `w` x `h` characters, iterating at most
/// `max` times per point, and returns the total number of iterations.
pub fn render(w: u32, h: u32, max: u32, out: &mut dyn FnMut(&str)) -> u64 {
    const SHADES: &[u8] = b" .:-=+*#%@";
    let mut total: u64 = 0;
    let mut line = [0u8; 256];
    let w = if w as usize > line.len() { line.len() as u32 } else { w };
    for row in 0..h {
        let ci = 1.2 - 2.4 * (row as f64 + 0.5) / h as f64;
        for col in 0..w {
            let cr = -2.2 + 3.2 * (col as f64 + 0.5) / w as f64;
            let (mut zr, mut zi) = (0.0f64, 0.0f64);
            let mut n = 0;
            while n < max {
                let (zr2, zi2) = (zr * zr, zi * zi);
                if zr2 + zi2 > 4.0 {
                    break;
                }
                zi = 2.0 * zr * zi + ci;
                zr = zr2 - zi2 + cr;
                n += 1;
            }
            total += n as u64;
            line[col as usize] = if n == max {
                b'@'
            } else {
                SHADES[(n as usize / 2).min(SHADES.len() - 2)]
            };
        }
        out(core::str::from_utf8(&line[..w as usize]).unwrap_or("?").trim_end());
    }
    total
}
