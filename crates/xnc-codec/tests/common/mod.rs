//! Helpers shared by the integration tests (`mod common;` in each test that uses them).

use std::collections::BTreeMap;

use xnc_codec::tensor::{SafetensorsWriter, TensorSpec};

/// A safetensors file holding `tensors` as `(name, dtype, shape, bytes)`, in order; with `meta`, the
/// header carries `__metadata__ = {"format": "pt"}`.
pub fn safetensors_bytes(tensors: &[(&str, &str, Vec<usize>, Vec<u8>)], meta: bool) -> Vec<u8> {
    let specs: Vec<TensorSpec> = tensors
        .iter()
        .map(|(n, d, s, b)| TensorSpec {
            name: n.to_string(),
            dtype_name: d.to_string(),
            shape: s.clone(),
            nbytes: b.len(),
        })
        .collect();
    let metadata = meta.then(|| BTreeMap::from([("format".to_string(), "pt".to_string())]));
    let mut w = SafetensorsWriter::new("t", Vec::new(), &specs, &metadata, None).unwrap();
    for t in tensors {
        w.write(&t.3).unwrap();
    }
    w.finish().unwrap()
}
