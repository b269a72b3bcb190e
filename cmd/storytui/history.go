package main

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"strings"
)

// historyFile is where the explorer keeps the searches made on one index
// (indexDir, "" for the built-in corpus), for ↑ in the search box of the
// next session: under the user cache directory, beside the indexes.
func historyFile(indexDir string) (string, error) {
	cache, err := os.UserCacheDir()
	if err != nil {
		return "", err
	}
	name := "built-in"
	if indexDir != "" {
		abs, err := filepath.Abs(indexDir)
		if err != nil {
			return "", err
		}
		sum := sha256.Sum256([]byte(abs))
		name = hex.EncodeToString(sum[:8])
	}
	return filepath.Join(cache, "storytui", "history", name), nil
}

// loadHistory reads the searches kept in path, oldest first; none when
// it cannot be read (the first session, or a damaged file).
func loadHistory(path string) []string {
	f, err := os.Open(path)
	if err != nil {
		return nil
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if q := strings.TrimSpace(sc.Text()); q != "" {
			out = append(out, q)
		}
	}
	return out
}

// saveHistory writes the searches to path, one a line, replacing the
// file whole so that a crash never leaves half of it.
func saveHistory(path string, searches []string) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".history-*")
	if err != nil {
		return err
	}
	for _, q := range searches {
		if q = strings.TrimSpace(q); q != "" && !strings.ContainsAny(q, "\n\r") {
			tmp.WriteString(q + "\n")
		}
	}
	if err := tmp.Close(); err != nil {
		os.Remove(tmp.Name())
		return err
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		os.Remove(tmp.Name())
		return err
	}
	return nil
}
