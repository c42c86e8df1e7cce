//! tANS harness (in progress)
