package main

import (
	"fmt"
	"os"
)

// frameOnly measures launch to first frame on an existing index (-frame
// DIR, built from -corpus), beside the built-in corpus, with the
// in-process open figures: a development aid, as the full run builds
// its index first. $BENCH_BIN launches another storytui binary (an older
// commit's, to compare) instead of building this one.
func frameOnly(o *opts) error {
	bin := os.Getenv("BENCH_BIN")
	if bin == "" {
		var err error
		if bin, err = buildStorytui(o.work); err != nil {
			return err
		}
	}
	out, err := child("open", phaseArg{Index: o.frame})
	if err != nil {
		return err
	}
	if out.First == "" {
		return fmt.Errorf("index %s lists nothing", o.frame)
	}
	ms, err := firstFrame(bin, []string{"--index", o.frame, o.corpus}, marker(out.First), 5)
	if err != nil {
		return err
	}
	base, err := firstFrame(bin, nil, marker(builtinFirst()), 5)
	if err != nil {
		return err
	}
	fmt.Printf("launch to first frame (tmux, median of 5): %.0f ms, built-in corpus %.0f ms; in process: open %.1f ms, newest 50 %.1f ms, largest 200 stories %.1f ms\n",
		ms, base, out.MS["open"], out.MS["first"], out.MS["stories"])
	return nil
}
