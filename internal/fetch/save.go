package fetch

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"strings"
)

// DefaultDir is where fetched articles go when no folder is given:
// $XDG_DATA_HOME/storytui/articles, else ~/.local/share/storytui/articles
// on Unix-like systems, and the per-user application data folder
// elsewhere.
func DefaultDir() (string, error) {
	if d := os.Getenv("XDG_DATA_HOME"); d != "" && filepath.IsAbs(d) {
		return filepath.Join(d, "storytui", "articles"), nil
	}
	switch runtime.GOOS {
	case "windows", "darwin", "ios", "plan9":
		d, err := os.UserConfigDir()
		if err != nil {
			return "", err
		}
		return filepath.Join(d, "storytui", "articles"), nil
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(home, ".local", "share", "storytui", "articles"), nil
}

// Save writes a fetched document into dir (created if needed) and returns
// its path. The name comes from the address, so fetching the same address
// again replaces the earlier copy. The file appears whole or not at all:
// it is written under a hidden name (which storytui never reads) and then
// renamed. A page gets the "saved from url=" mark browsers write, so its
// address is known even when the page does not name it.
func Save(dir string, p Page) (string, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", err
	}
	body := p.Body
	if p.Kind == KindHTML {
		addr := first(p.FinalURL, p.URL)
		mark := fmt.Sprintf("<!-- saved from url=(%04d)%s -->\n", len(addr), addr)
		body = append([]byte(mark), body...)
	}
	path := filepath.Join(dir, FileName(p))
	tmp, err := os.CreateTemp(dir, ".storytui-add-*")
	if err != nil {
		return "", err
	}
	_, werr := tmp.Write(body)
	cerr := tmp.Close()
	if werr == nil {
		werr = cerr
	}
	if werr == nil {
		werr = os.Rename(tmp.Name(), path)
	}
	if werr != nil {
		os.Remove(tmp.Name())
		return "", werr
	}
	return path, nil
}

// FileName names the file a document is saved as: its host and path made
// safe for any file system, a short hash of the full address (two
// addresses that differ only in their query stay apart), and the
// extension of its kind. The name asked for is used, not the one
// redirected to, so a feed's address keeps one file however it moves.
func FileName(p Page) string {
	addr := first(p.URL, p.FinalURL)
	base := "page"
	if u, err := url.Parse(addr); err == nil {
		base = slug(strings.TrimPrefix(u.Hostname(), "www.") + "-" + u.EscapedPath())
	}
	if len(base) > 100 {
		base = strings.TrimRight(base[:100], "-")
	}
	h := sha256.Sum256([]byte(addr))
	return base + "-" + hex.EncodeToString(h[:4]) + p.Kind.Ext()
}

// slug keeps letters, digits, dots and underscores and turns every other
// run of characters into one hyphen.
func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		ok := r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '.' || r == '_'
		if !ok {
			dash = b.Len() > 0
			continue
		}
		if dash {
			b.WriteByte('-')
			dash = false
		}
		b.WriteRune(r)
	}
	s = strings.Trim(b.String(), ".-")
	if s == "" {
		return "page"
	}
	return s
}

func first(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}
