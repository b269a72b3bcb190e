package main

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"time"
)

// dirSize is the bytes of every file under dir.
func dirSize(dir string) int64 {
	var n int64
	filepath.WalkDir(dir, func(_ string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			if info, err := d.Info(); err == nil {
				n += info.Size()
			}
		}
		return nil
	})
	return n
}

// sqliteBuild loads the CSV into an FTS5 table with the sqlite3 CLI;
// ok is false when sqlite3 (or its FTS5) is missing.
func sqliteBuild(csvPath, db string) (secs, cpu, rssMB float64, size int64, ok bool, err error) {
	bin, lerr := exec.LookPath("sqlite3")
	if lerr != nil {
		return 0, 0, 0, 0, false, nil
	}
	os.Remove(db)
	script := "PRAGMA journal_mode=OFF;\nPRAGMA synchronous=OFF;\n" +
		"CREATE VIRTUAL TABLE docs USING fts5(id UNINDEXED, title, text);\n" +
		".import --csv " + csvPath + " docs\n"
	cmd := exec.Command(bin, db)
	cmd.Stdin = strings.NewReader(script)
	var outb strings.Builder
	cmd.Stdout, cmd.Stderr = &outb, &outb
	t := time.Now()
	if err := cmd.Start(); err != nil {
		return 0, 0, 0, 0, false, err
	}
	// wait4's peak RSS would include this (vforking) process's; sample
	// the child's own VmHWM instead.
	done := make(chan struct{})
	peak := make(chan float64)
	go func() {
		hw := 0.0
		tick := time.NewTicker(20 * time.Millisecond)
		defer tick.Stop()
		for {
			hw = max(hw, vmHWM(fmt.Sprintf("/proc/%d/status", cmd.Process.Pid)))
			select {
			case <-done:
				peak <- hw
				return
			case <-tick.C:
			}
		}
	}()
	err = cmd.Wait()
	secs = time.Since(t).Seconds()
	close(done)
	rssMB = <-peak
	if err != nil {
		return 0, 0, 0, 0, false, fmt.Errorf("sqlite3: %v: %s", err, firstLines(outb.String()))
	}
	if ru, k := cmd.ProcessState.SysUsage().(*syscall.Rusage); k {
		cpu = cpuSecs(ru)
	}
	info, serr := os.Stat(db)
	if serr != nil {
		return 0, 0, 0, 0, false, serr
	}
	return secs, cpu, rssMB, info.Size(), true, nil
}

func firstLines(s string) string {
	l := strings.SplitN(s, "\n", 4)
	return strings.Join(l[:min(3, len(l))], " | ")
}

// grepTool finds ripgrep, installing it when root and apt-get are there,
// else falls back to grep. It says which.
func grepTool() (bin string, args []string, name string) {
	if p, err := exec.LookPath("rg"); err == nil {
		return p, []string{"-c", "-i", "-F", "--no-filename", "-e"}, "rg -c -i -F"
	}
	if os.Geteuid() == 0 {
		if _, err := exec.LookPath("apt-get"); err == nil {
			logf("ripgrep missing: apt-get install -y ripgrep")
			ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
			err := exec.CommandContext(ctx, "apt-get", "install", "-y", "-q", "ripgrep").Run()
			cancel()
			if p, lerr := exec.LookPath("rg"); err == nil && lerr == nil {
				return p, []string{"-c", "-i", "-F", "--no-filename", "-e"}, "rg -c -i -F (installed by the bench)"
			}
		}
	}
	return "grep", []string{"-c", "-i", "-F", "-e"}, "grep -c -i -F (ripgrep unavailable)"
}

// grepTimes runs the grep baseline for each pattern over file.
func grepTimes(bin string, args []string, file string, patterns []string) ([]float64, error) {
	var out []float64
	for _, p := range patterns {
		cmd := exec.Command(bin, append(append([]string{}, args...), p, file)...)
		t := time.Now()
		err := cmd.Run()
		out = append(out, msSince(t))
		// Exit status 1 is "no match".
		if ee, ok := err.(*exec.ExitError); err != nil && !(ok && ee.ExitCode() == 1) {
			return out, fmt.Errorf("%s %q: %w", bin, p, err)
		}
	}
	return out, nil
}

// firstFrame launches bin in a detached tmux session (on a server of its
// own, so other tmux users on the machine do not interfere) and times how long
// until the screen shows want, polling every 5 ms; the median of runs.
func firstFrame(bin string, args []string, want string, runs int) (float64, error) {
	if _, err := exec.LookPath("tmux"); err != nil {
		return 0, fmt.Errorf("tmux missing")
	}
	var times []float64
	for i := range runs {
		sess := fmt.Sprintf("storytui-bench-%d-%d", os.Getpid(), i)
		cmdline := bin
		for _, a := range args {
			cmdline += " '" + strings.ReplaceAll(a, "'", `'\''`) + "'"
		}
		t := time.Now()
		if out, err := exec.Command("tmux", "-L", sess, "new-session", "-d", "-s", sess, "-x", "160", "-y", "48", cmdline).CombinedOutput(); err != nil {
			return 0, fmt.Errorf("tmux: %v: %s", err, out)
		}
		found := false
		for time.Since(t) < 20*time.Second {
			out, err := exec.Command("tmux", "-L", sess, "capture-pane", "-p", "-t", sess).Output()
			if err == nil && strings.Contains(string(out), want) {
				found = true
				break
			}
			time.Sleep(5 * time.Millisecond)
		}
		took := msSince(t)
		exec.Command("tmux", "-L", sess, "send-keys", "-t", sess, "C-c").Run()
		time.Sleep(300 * time.Millisecond)
		exec.Command("tmux", "-L", sess, "kill-server").Run()
		if !found {
			return 0, fmt.Errorf("no frame showing %q within 20s", want)
		}
		times = append(times, took)
	}
	return pct(times, 50), nil
}
