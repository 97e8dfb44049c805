//! The progress bar on standard error: files, bytes and rate, redrawn by a ticker thread from the
//! scan's atomic counters, so workers never touch the terminal. Shown only when standard error is a
//! terminal (indicatif draws nothing otherwise).

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::emit::summary::human_bytes;
use crate::pipeline::Progress;

/// A running progress display; stop it before printing anything else to standard error.
pub struct ProgressDisplay {
    stop: Arc<AtomicBool>,
    handle: Option<JoinHandle<()>>,
}

impl ProgressDisplay {
    /// Starts redrawing from `counters` every 100 ms.
    pub fn start(counters: Arc<Progress>) -> Self {
        let stop = Arc::new(AtomicBool::new(false));
        let stopping = Arc::clone(&stop);
        let handle = std::thread::spawn(move || {
            let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
            bar.set_style(
                ProgressStyle::with_template("{spinner} {msg}")
                    .unwrap_or_else(|_| ProgressStyle::default_spinner()),
            );
            let started = Instant::now();
            while !stopping.load(Ordering::Relaxed) {
                let files = counters.files.load(Ordering::Relaxed);
                let bytes = counters.bytes.load(Ordering::Relaxed);
                let seconds = started.elapsed().as_secs_f64().max(0.001);
                bar.set_message(format!(
                    "{files} files, {} ({}/s)",
                    human_bytes(bytes),
                    human_bytes((bytes as f64 / seconds) as u64)
                ));
                bar.tick();
                std::thread::sleep(Duration::from_millis(100));
            }
            bar.finish_and_clear();
        });
        ProgressDisplay {
            stop,
            handle: Some(handle),
        }
    }

    /// Stops and clears the display.
    pub fn finish(mut self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(handle) = self.handle.take() {
            let _ = handle.join();
        }
    }
}
