package corpus

import (
	"errors"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
)

// File is one input file found by Discover.
type File struct {
	Path    string
	Size    int64
	ModTime time.Time
}

// formats maps a lower-case extension (without .gz) to its reader kind.
var formats = map[string]format{
	".txt":      formatText,
	".text":     formatText,
	".md":       formatText,
	".markdown": formatText,
	".jsonl":    formatJSONL,
	".ndjson":   formatJSONL,
	".json":     formatJSON,
	".csv":      formatCSV,
	".tsv":      formatTSV,
	".html":     formatHTML,
	".htm":      formatHTML,
	".xhtml":    formatHTML,
	".xml":      formatFeed,
	".rss":      formatFeed,
	".atom":     formatFeed,
}

type format int

const (
	formatNone format = iota
	formatText
	formatJSONL
	formatJSON
	formatCSV
	formatTSV
	formatHTML
	formatFeed
)

// formatOf reports the format of a file name and whether it is gzipped.
func formatOf(name string) (format, bool) {
	lower := strings.ToLower(name)
	gz := strings.HasSuffix(lower, ".gz")
	if gz {
		lower = strings.TrimSuffix(lower, ".gz")
	}
	return formats[filepath.Ext(lower)], gz
}

// Supported reports whether a file name has a format storytui reads.
func Supported(name string) bool {
	f, _ := formatOf(name)
	return f != formatNone
}

// Discover walks files and directories (recursive; hidden files and dirs
// skipped; symlink loops safe; unsupported extensions skipped silently;
// unreadable entries reported) and returns the supported files sorted by
// path, with absolute paths. A file named explicitly with an unsupported
// extension is reported, since the user asked for it by name.
func Discover(paths []string) ([]File, []Problem) {
	d := discoverer{seenFile: map[string]bool{}, seenDir: map[string]bool{}}
	for _, p := range paths {
		abs, err := filepath.Abs(p)
		if err != nil {
			d.report(p, err.Error())
			continue
		}
		info, err := os.Stat(abs)
		if err != nil {
			d.report(p, reason(err))
			continue
		}
		if info.IsDir() {
			d.walk(abs)
			continue
		}
		if !Supported(abs) {
			d.report(abs, "unsupported file type (want .txt, .md, .json, .jsonl, .ndjson, .csv, .tsv, .html, .htm, .xml, .rss, .atom, optionally .gz)")
			continue
		}
		d.add(abs, info)
	}
	sort.Slice(d.files, func(i, j int) bool { return d.files[i].Path < d.files[j].Path })
	return d.files, d.probs
}

type discoverer struct {
	files    []File
	probs    []Problem
	seenFile map[string]bool
	seenDir  map[string]bool // real (symlink-free) paths of walked directories
}

func (d *discoverer) report(path, why string) {
	d.probs = append(d.probs, Problem{File: path, Reason: why})
}

func (d *discoverer) add(path string, info os.FileInfo) {
	if d.seenFile[path] {
		return
	}
	d.seenFile[path] = true
	d.files = append(d.files, File{Path: path, Size: info.Size(), ModTime: info.ModTime()})
}

// walk visits dir recursively. Directories are remembered by their real
// path, so a symlink pointing back up the tree is visited only once.
func (d *discoverer) walk(dir string) {
	real, err := filepath.EvalSymlinks(dir)
	if err != nil {
		d.report(dir, reason(err))
		return
	}
	if d.seenDir[real] {
		return
	}
	d.seenDir[real] = true
	entries, err := os.ReadDir(dir)
	if err != nil {
		d.report(dir, reason(err))
		// ReadDir may still return the entries it read before failing.
	}
	for _, e := range entries {
		name := e.Name()
		if strings.HasPrefix(name, ".") {
			continue
		}
		path := filepath.Join(dir, name)
		isDir := e.IsDir()
		if !isDir && !e.Type().IsRegular() {
			// Symlinks and other special files: look at what they point to.
			info, err := os.Stat(path)
			if err != nil {
				if e.Type()&os.ModeSymlink != 0 && !Supported(name) {
					continue // a dangling link to something we would skip anyway
				}
				d.report(path, reason(err))
				continue
			}
			if info.IsDir() {
				d.walk(path)
				continue
			}
			if info.Mode().IsRegular() && Supported(name) {
				d.add(path, info)
			}
			continue
		}
		if isDir {
			d.walk(path)
			continue
		}
		if !Supported(name) {
			continue
		}
		info, err := e.Info()
		if err != nil {
			d.report(path, reason(err))
			continue
		}
		d.add(path, info)
	}
}

// reason turns an OS error into a short message without repeating the path,
// which the Problem already carries.
func reason(err error) string {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Op + ": " + pe.Err.Error()
	}
	return err.Error()
}
