// A video that is not yet decided, or is covered, does not play: autoplay would show moving
// pictures behind the cover and be heard. After a reveal nothing starts by itself; the reader
// presses play. A safe video that was meant to autoplay is started when it is released.

const held = new WeakMap<HTMLVideoElement, () => boolean>();

/** Keeps `video` paused while `isHeld()` says so; pauses it now if it is held. */
export function holdVideo(video: HTMLVideoElement, isHeld: () => boolean): void {
  if (isHeld() && !video.paused) video.pause();
  if (held.has(video)) {
    held.set(video, isHeld);
    return;
  }
  held.set(video, isHeld);
  video.addEventListener('play', () => {
    if (held.get(video)?.()) video.pause();
  });
}

/** A released safe video with autoplay gets the start that the hold took away. */
export function resumeAutoplay(video: HTMLVideoElement): void {
  if (video.autoplay && video.paused && !video.ended) void video.play().catch(() => {});
}
