//! 128-bit shifts by run-time amounts (LLVM expands them through a stack slot whose variable
//! index it drops, defect C's sibling) and 128-bit remainder feeding a shift, the pattern the
//! `random` program's operand generator uses; plus 64-bit shifts for comparison.
use crate::{opaque, Rng};
use core::fmt::{Result, Write};

pub fn run(out: &mut dyn Write, _seed: u64) -> Result {
    let vals: [u128; 3] = [1, 0x0123_4567_89ab_cdef_fedc_ba98_7654_3210, u128::MAX];
    for &v in &vals {
        let v = opaque(v);
        for s in (0..128u32).step_by(9) {
            let s = opaque(s);
            writeln!(out, "{:x} s{}: shl {:x} shr {:x} sar {:x} u64shl {:x} u64shr {:x}", v, s, v << s, v >> s,
                (v as i128) >> s, (v as u64) << (s & 63), (v as u64) >> (s & 63))?;
        }
    }
    let mut rng = Rng::new(opaque(7));
    for i in 0..24u32 {
        let bits = [8u32, 16, 32, 64, 128][(i % 5) as usize];
        let x = rng.next_u128();
        let m = x % bits as u128;
        let p = 1u128 << m;
        let k = rng.below(3) as u128;
        writeln!(out, "bits {} x {:x} m {} p {:x} k {} p-k {:x} as16 {}", bits, x, m, p, k, p.wrapping_sub(k), p.wrapping_sub(k) as u16)?;
    }
    // The random program's operand generator, step by step.
    let mut rng = Rng::new(opaque(1));
    for i in 0..30u32 {
        let bits = [8u32, 16, 32, 64, 128][(i % 5) as usize];
        let v = crate::random::shape(&mut rng, bits);
        writeln!(out, "shape {} {:x} as16 {} as64 {:x}", bits, v, v as u16, v as u64)?;
    }
    Ok(())
}
