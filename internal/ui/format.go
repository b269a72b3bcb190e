package ui

import (
	"fmt"
	"strconv"
	"time"

	"storytui/internal/index"
)

// thousands formats n with comma separators: 1234567 -> "1,234,567".
func thousands[T ~int | ~int64 | ~uint64](n T) string {
	neg := n < 0
	if neg {
		n = -n
	}
	s := strconv.FormatUint(uint64(n), 10)
	out := make([]byte, 0, len(s)+len(s)/3+1)
	if neg {
		out = append(out, '-')
	}
	for i := range len(s) {
		if i > 0 && (len(s)-i)%3 == 0 {
			out = append(out, ',')
		}
		out = append(out, s[i])
	}
	return string(out)
}

// plural returns "1 hit" or "2 hits".
func plural[T ~int | ~uint64](n T, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return thousands(n) + " " + many
}

// shortDuration prints a query time the way people read it: "850µs",
// "12ms", "1.2s".
func shortDuration(d time.Duration) string {
	switch {
	case d <= 0:
		return "0ms"
	case d < time.Millisecond:
		return fmt.Sprintf("%dµs", d.Microseconds())
	case d < time.Second:
		return fmt.Sprintf("%dms", d.Milliseconds())
	default:
		return fmt.Sprintf("%.1fs", d.Seconds())
	}
}

// clock prints an ETA as m:ss or h:mm:ss.
func clock(d time.Duration) string {
	d = d.Round(time.Second)
	h, m, s := int(d.Hours()), int(d.Minutes())%60, int(d.Seconds())%60
	if h > 0 {
		return fmt.Sprintf("%d:%02d:%02d", h, m, s)
	}
	return fmt.Sprintf("%d:%02d", m, s)
}

// dateOf prints an article's date: the parsed date when there is one,
// otherwise what the input said.
func dateOf(t time.Time, text string) string {
	if !t.IsZero() {
		return t.Format("2006-01-02")
	}
	return text
}

// progressFigures turns a Progress report into the fraction done, the
// indexing rate and the time left; ok is false when the total is unknown.
func progressFigures(p index.Progress) (frac, perSec float64, eta time.Duration, ok bool) {
	if secs := p.Elapsed.Seconds(); secs > 0 {
		perSec = float64(p.Articles) / secs
	}
	switch {
	case p.BytesTotal > 0:
		frac = float64(p.BytesDone) / float64(p.BytesTotal)
	case p.FilesTotal > 0:
		frac = float64(p.FilesDone) / float64(p.FilesTotal)
	default:
		return 0, perSec, 0, false
	}
	frac = min(max(frac, 0), 1)
	if frac > 0 && frac < 1 {
		eta = time.Duration(float64(p.Elapsed) * (1 - frac) / frac)
	}
	return frac, perSec, eta, true
}
