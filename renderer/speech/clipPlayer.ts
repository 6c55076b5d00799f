// Plays recorded speech clips one after another through an HTMLAudioElement (for languages without a voice).
import type { ClipPlayer } from './webSpeechEngine.js';

/** A clip player over `resolveUrl` (a clip's path in its manifest → the URL the page can load). */
export function htmlAudioClipPlayer(resolveUrl: (file: string) => string | undefined): ClipPlayer {
  return (files, volume, finished) => {
    const audio = new Audio();
    audio.volume = volume;
    let index = 0;
    let stopped = false;
    const play = () => {
      const url = resolveUrl(files[index] ?? '');
      if (url === undefined) return finished('failed');
      audio.src = url;
      audio.play().catch(() => {
        if (!stopped) finished('failed');
      });
    };
    audio.addEventListener('ended', () => {
      index += 1;
      if (index < files.length) play();
      else finished('ended');
    });
    audio.addEventListener('error', () => {
      if (!stopped) finished('failed');
    });
    play();
    return () => {
      stopped = true;
      audio.pause();
      audio.removeAttribute('src');
    };
  };
}
