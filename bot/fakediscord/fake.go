// Package fakediscord is a loopback stand-in for Discord's REST API and
// gateway, for tests: point the bot's API base at Server.URL. It speaks
// plain JSON of its own (it does not use discordgo), records every REST
// request with its raw body for assertions, and dispatches gateway events
// on demand. It implements what newsbot uses, as discordgo v0.29.0 expects
// it: GET /api/v9/gateway; a gateway that sends HELLO, answers IDENTIFY
// with READY then GUILD_CREATE, RESUME with RESUMED, and heartbeats with
// ACKs; messages, interaction callbacks, webhook edits and follow-ups,
// application command bulk overwrites and guilds. It can answer a request
// with 429 Too Many Requests once, to test retries.
package fakediscord

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/gorilla/websocket"
)

// IDs of the fake world: one guild with one text channel, an owner, a
// moderator (a role with Manage Server), an administrator (a role with
// Administrator) and the bot.
const (
	AppID       = "100000000000000001"
	BotID       = "100000000000000002"
	GuildID     = "200000000000000001"
	ChannelID   = "300000000000000001"
	OwnerID     = "400000000000000001"
	ModRoleID   = "500000000000000001"
	AdminRoleID = "500000000000000002"
	SessionID   = "fake-session-1"
)

// Permission bits used by the fake guild's roles.
const (
	permViewSend    = 1<<10 | 1<<11
	permManageGuild = 1 << 5
	permAdmin       = 1 << 3
)

// Request is one REST request the fake received.
type Request struct {
	Method string
	Path   string // without the query, e.g. /api/v9/channels/300000000000000001/messages
	Query  string
	Header http.Header
	Body   []byte
	Status int // what the fake answered
}

// Decode unmarshals the request body.
func (r Request) Decode(v any) error { return json.Unmarshal(r.Body, v) }

// Server is a fake Discord.
type Server struct {
	URL   string // the REST base, for DISCORD_API_BASE
	Token string // the bot token it accepts, without "Bot "

	srv *httptest.Server

	mu         sync.Mutex
	requests   []Request
	changed    chan struct{} // closed and replaced whenever something is recorded
	rateLimits []rateLimit
	conn       *websocket.Conn
	writeMu    sync.Mutex
	seq        int
	frames     []json.RawMessage // gateway frames the bot sent
	ready      int               // GUILD_CREATEs sent: the bot can take events
	resumes    int
	nextID     int

	extOnce sync.Once
	ext     *channels // messages by channel, nonces, refused channels (channels.go)
}

type rateLimit struct {
	method, prefix string
	retryAfter     time.Duration
}

// New starts a fake Discord that accepts token.
func New(token string) *Server {
	s := &Server{Token: token, changed: make(chan struct{}), nextID: 900000000000000000}
	s.srv = httptest.NewServer(http.HandlerFunc(s.serve))
	s.URL = s.srv.URL
	return s
}

// Close stops the server and drops the gateway connection.
func (s *Server) Close() {
	s.mu.Lock()
	if s.conn != nil {
		s.conn.Close()
	}
	s.mu.Unlock()
	s.srv.CloseClientConnections()
	s.srv.Close()
}

// notify wakes waiters; the caller holds mu.
func (s *Server) notify() {
	close(s.changed)
	s.changed = make(chan struct{})
}

// Requests returns the REST requests so far.
func (s *Server) Requests() []Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Request(nil), s.requests...)
}

// Len is the number of REST requests so far, for WaitRequest's after.
func (s *Server) Len() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.requests)
}

// WaitRequest waits for the first request after the first after ones that
// matches, until ctx is done.
func (s *Server) WaitRequest(ctx context.Context, after int, match func(Request) bool) (Request, error) {
	for {
		s.mu.Lock()
		for _, r := range s.requests[min(after, len(s.requests)):] {
			if match(r) {
				s.mu.Unlock()
				return r, nil
			}
		}
		ch := s.changed
		s.mu.Unlock()
		select {
		case <-ch:
		case <-ctx.Done():
			return Request{}, fmt.Errorf("no matching request: %w", ctx.Err())
		}
	}
}

// Is matches requests by method and path (a trailing * matches any rest).
func Is(method, path string) func(Request) bool {
	return func(r Request) bool {
		if r.Method != method {
			return false
		}
		if p, ok := strings.CutSuffix(path, "*"); ok {
			return strings.HasPrefix(r.Path, p)
		}
		return r.Path == path
	}
}

// RateLimitOnce makes the next request with this method and path prefix
// fail with 429 Too Many Requests and the given Retry-After.
func (s *Server) RateLimitOnce(method, pathPrefix string, retryAfter time.Duration) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.rateLimits = append(s.rateLimits, rateLimit{method, pathPrefix, retryAfter})
}

func (s *Server) serve(w http.ResponseWriter, r *http.Request) {
	if websocket.IsWebSocketUpgrade(r) {
		s.gateway(w, r)
		return
	}
	body, _ := io.ReadAll(r.Body)
	req := Request{Method: r.Method, Path: r.URL.Path, Query: r.URL.RawQuery, Header: r.Header.Clone(), Body: body}
	status, resp, header := s.answer(req, r.Host)
	req.Status = status
	s.mu.Lock()
	s.requests = append(s.requests, req)
	s.notify()
	s.mu.Unlock()
	for k, v := range header {
		w.Header()[k] = v
	}
	if resp == nil {
		w.WriteHeader(status)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(resp)
}

type obj = map[string]any

func (s *Server) answer(r Request, host string) (int, any, http.Header) {
	s.mu.Lock()
	for i, rl := range s.rateLimits {
		if rl.method == r.Method && strings.HasPrefix(r.Path, rl.prefix) {
			s.rateLimits = append(s.rateLimits[:i], s.rateLimits[i+1:]...)
			s.mu.Unlock()
			secs := rl.retryAfter.Seconds()
			h := http.Header{}
			h.Set("Retry-After", strconv.Itoa(int(secs+0.999)))
			h.Set("X-RateLimit-Limit", "5")
			h.Set("X-RateLimit-Remaining", "0")
			h.Set("X-RateLimit-Reset-After", strconv.FormatFloat(secs, 'f', 3, 64))
			h.Set("X-RateLimit-Bucket", "fake-bucket")
			h.Set("X-RateLimit-Scope", "user")
			return http.StatusTooManyRequests, obj{"message": "You are being rate limited.", "retry_after": secs, "global": false}, h
		}
	}
	s.mu.Unlock()

	const api = "/api/v9"
	p, ok := strings.CutPrefix(r.Path, api)
	if !ok {
		return http.StatusNotFound, obj{"message": "404: Not Found", "code": 0}, nil
	}
	parts := strings.Split(strings.Trim(p, "/"), "/")
	webhook := len(parts) > 0 && (parts[0] == "webhooks" || parts[0] == "interactions")
	if !webhook && r.Header.Get("Authorization") != "Bot "+s.Token {
		return http.StatusUnauthorized, obj{"message": "401: Unauthorized", "code": 0}, nil
	}
	switch {
	case r.Method == "GET" && p == "/gateway":
		return 200, obj{"url": "ws://" + host}, nil
	case r.Method == "GET" && p == "/gateway/bot":
		return 200, obj{"url": "ws://" + host, "shards": 1}, nil
	case r.Method == "PUT" && len(parts) >= 3 && parts[0] == "applications" && parts[len(parts)-1] == "commands":
		var cmds []obj
		if err := json.Unmarshal(r.Body, &cmds); err != nil {
			return 400, obj{"message": "Invalid Form Body", "code": 50035}, nil
		}
		for _, c := range cmds {
			c["id"] = s.id()
			c["application_id"] = AppID
			c["version"] = "1"
		}
		return 200, cmds, nil
	case r.Method == "POST" && len(parts) == 3 && parts[0] == "channels" && parts[2] == "messages":
		return s.createMessage(parts[1], r.Body)
	case r.Method == "GET" && len(parts) == 3 && parts[0] == "channels" && parts[2] == "messages":
		return s.channelMessages(parts[1], r.Query)
	case r.Method == "GET" && p == "/users/@me":
		return 200, botUser(), nil
	case r.Method == "POST" && p == "/users/@me/channels":
		return s.openDM(r.Body)
	case r.Method == "POST" && len(parts) == 4 && parts[0] == "channels" && parts[2] == "messages":
		return 404, obj{"message": "Unknown Message", "code": 10008}, nil
	case r.Method == "POST" && len(parts) == 4 && parts[0] == "interactions" && parts[3] == "callback":
		return http.StatusNoContent, nil, nil
	case r.Method == "POST" && len(parts) == 3 && parts[0] == "webhooks":
		return 200, s.message(ChannelID, r.Body), nil
	case r.Method == "PATCH" && len(parts) == 5 && parts[0] == "webhooks" && parts[3] == "messages":
		return 200, s.message(ChannelID, r.Body), nil
	case r.Method == "DELETE" && len(parts) == 5 && parts[0] == "webhooks" && parts[3] == "messages":
		return http.StatusNoContent, nil, nil
	case r.Method == "GET" && len(parts) == 2 && parts[0] == "guilds" && parts[1] == GuildID:
		return 200, Guild(), nil
	case r.Method == "GET" && len(parts) == 3 && parts[0] == "guilds" && parts[1] == GuildID && parts[2] == "channels":
		return 200, Guild()["channels"], nil
	}
	return http.StatusNotFound, obj{"message": "404: Not Found", "code": 0}, nil
}

func (s *Server) id() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.nextID++
	return strconv.Itoa(s.nextID)
}

// message is the Message object Discord returns for a posted message.
func (s *Server) message(channel string, body []byte) obj {
	m := obj{}
	json.Unmarshal(body, &m)
	m["id"] = s.id()
	m["channel_id"] = channel
	m["author"] = obj{"id": BotID, "username": "newsbot", "discriminator": "0", "bot": true}
	m["timestamp"] = time.Now().UTC().Format(time.RFC3339)
	m["type"] = 0
	delete(m, "allowed_mentions")
	delete(m, "message_reference")
	return m
}

// Guild is the fake guild as GUILD_CREATE and GET /guilds/{id} give it.
func Guild() obj {
	joined := "2024-01-01T00:00:00Z"
	return obj{
		"id": GuildID, "name": "Fake Newsroom", "owner_id": OwnerID, "unavailable": false,
		"roles": []obj{
			{"id": GuildID, "name": "@everyone", "permissions": strconv.Itoa(permViewSend), "position": 0},
			{"id": ModRoleID, "name": "Moderators", "permissions": strconv.Itoa(permViewSend | permManageGuild), "position": 1},
			{"id": AdminRoleID, "name": "Admins", "permissions": strconv.Itoa(permAdmin), "position": 2},
		},
		"channels":     []obj{{"id": ChannelID, "type": 0, "name": "news", "guild_id": GuildID, "position": 0}},
		"members":      []obj{{"user": obj{"id": BotID, "username": "newsbot", "bot": true}, "roles": []string{}, "joined_at": joined}},
		"member_count": 4, "joined_at": joined,
	}
}

// gateway serves one websocket connection.
func (s *Server) gateway(w http.ResponseWriter, r *http.Request) {
	up := websocket.Upgrader{CheckOrigin: func(*http.Request) bool { return true }}
	c, err := up.Upgrade(w, r, nil)
	if err != nil {
		return
	}
	s.mu.Lock()
	if s.conn != nil {
		s.conn.Close()
	}
	s.conn = c
	s.mu.Unlock()
	defer c.Close()
	if err := s.write(c, obj{"op": 10, "d": obj{"heartbeat_interval": 45000}}); err != nil {
		return
	}
	for {
		_, data, err := c.ReadMessage()
		if err != nil {
			return
		}
		var f struct {
			Op int             `json:"op"`
			D  json.RawMessage `json:"d"`
		}
		if json.Unmarshal(data, &f) != nil {
			continue
		}
		s.mu.Lock()
		s.frames = append(s.frames, append(json.RawMessage(nil), data...))
		s.notify()
		s.mu.Unlock()
		switch f.Op {
		case 1: // heartbeat
			s.write(c, obj{"op": 11})
		case 2: // identify
			s.write(c, s.dispatchFrame("READY", obj{
				"v":                  9,
				"user":               obj{"id": BotID, "username": "newsbot", "discriminator": "0", "bot": true},
				"session_id":         SessionID,
				"application":        obj{"id": AppID, "flags": 0},
				"guilds":             []obj{{"id": GuildID, "unavailable": true}},
				"resume_gateway_url": "ws://" + r.Host,
			}))
			s.write(c, s.dispatchFrame("GUILD_CREATE", Guild()))
			s.mu.Lock()
			s.ready++
			s.notify()
			s.mu.Unlock()
		case 6: // resume
			s.write(c, s.dispatchFrame("RESUMED", obj{}))
			s.mu.Lock()
			s.resumes++
			s.ready++
			s.notify()
			s.mu.Unlock()
		}
	}
}

func (s *Server) dispatchFrame(event string, data any) obj {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.seq++
	return obj{"op": 0, "s": s.seq, "t": event, "d": data}
}

func (s *Server) write(c *websocket.Conn, v any) error {
	s.writeMu.Lock()
	defer s.writeMu.Unlock()
	return c.WriteJSON(v)
}

// WaitReady waits until the bot has identified (or resumed) at least n
// times in all and received its guild: from then on it takes events.
func (s *Server) WaitReady(ctx context.Context, n int) error {
	for {
		s.mu.Lock()
		ok := s.ready >= n
		ch := s.changed
		s.mu.Unlock()
		if ok {
			return nil
		}
		select {
		case <-ch:
		case <-ctx.Done():
			return fmt.Errorf("the bot did not connect to the fake gateway: %w", ctx.Err())
		}
	}
}

// Resumes counts RESUME frames answered.
func (s *Server) Resumes() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.resumes
}

// Frames returns the gateway frames the bot sent (IDENTIFY, heartbeats...).
func (s *Server) Frames() []json.RawMessage {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]json.RawMessage(nil), s.frames...)
}

// Dispatch sends a gateway event to the connected bot.
func (s *Server) Dispatch(event string, data any) error {
	s.mu.Lock()
	c := s.conn
	s.mu.Unlock()
	if c == nil {
		return fmt.Errorf("dispatch %s: no gateway connection", event)
	}
	return s.write(c, s.dispatchFrame(event, data))
}

// DropConnection cuts the gateway connection without a close frame, as a
// network failure would; the bot should reconnect and resume.
func (s *Server) DropConnection() {
	s.mu.Lock()
	c := s.conn
	s.conn = nil
	s.mu.Unlock()
	if c != nil {
		c.Close()
	}
}

// Message is the data of a MESSAGE_CREATE from user in the fake channel,
// with the member's roles; guild "" makes it a DM.
func Message(id, userID, content string, guild string, roles ...string) obj {
	m := obj{
		"id": id, "channel_id": ChannelID, "content": content, "type": 0,
		"timestamp": time.Now().UTC().Format(time.RFC3339),
		"author":    obj{"id": userID, "username": "user" + userID, "discriminator": "0"},
		"mentions":  []obj{}, "mention_roles": []string{}, "attachments": []obj{}, "embeds": []obj{},
	}
	if guild != "" {
		m["guild_id"] = guild
		m["member"] = obj{"roles": append([]string{}, roles...), "joined_at": "2024-01-01T00:00:00Z"}
	}
	return m
}

// GuildDelete is the data of a GUILD_DELETE for a guild: with unavailable
// set, an outage (the bot is still in it); without, the bot was removed
// from it, and Discord leaves the field out.
func GuildDelete(id string, unavailable bool) obj {
	if unavailable {
		return obj{"id": id, "unavailable": true}
	}
	return obj{"id": id}
}

// Command is the data of an INTERACTION_CREATE for a slash command in the
// fake guild, by a member with the given permissions (as Discord computes
// them for the channel).
func Command(id, userID, name string, options map[string]string, permissions int64) obj {
	return interaction(id, userID, 2, name, options, "", permissions)
}

// Autocomplete is the data of an INTERACTION_CREATE asking to complete
// option focused of a slash command.
func Autocomplete(id, userID, name string, options map[string]string, focused string) obj {
	return interaction(id, userID, 4, name, options, focused, permViewSend)
}

func interaction(id, userID string, typ int, name string, options map[string]string, focused string, permissions int64) obj {
	opts := []obj{}
	for k, v := range options {
		o := obj{"name": k, "type": 3, "value": v}
		if k == focused {
			o["focused"] = true
		}
		opts = append(opts, o)
	}
	return obj{
		"id": id, "application_id": AppID, "type": typ, "token": "token-" + id, "version": 1,
		"guild_id": GuildID, "channel_id": ChannelID, "locale": "en-US",
		"member": obj{
			"user":  obj{"id": userID, "username": "user" + userID, "discriminator": "0"},
			"roles": []string{}, "joined_at": "2024-01-01T00:00:00Z",
			"permissions": strconv.FormatInt(permissions, 10),
		},
		"data": obj{"id": "cmd-" + name, "name": name, "type": 1, "options": opts},
	}
}

// Permissions bits for Command.
const (
	PermMember      int64 = permViewSend
	PermManageGuild int64 = permViewSend | permManageGuild
)
