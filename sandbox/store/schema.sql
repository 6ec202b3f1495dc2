-- weav-sandbox storage. Times are INTEGER milliseconds since the Unix epoch, UTC.
-- Booleans are INTEGER 0/1. String arrays are JSON text.

CREATE TABLE IF NOT EXISTS schema_info (
    version INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS workspaces (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    created_at INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS tokens (
    id TEXT PRIMARY KEY,
    workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    abilities TEXT NOT NULL,
    expires_at INTEGER,
    created_at INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS users (
    id TEXT PRIMARY KEY,
    workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    email TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('admin', 'lead', 'agent')),
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS users_workspace ON users(workspace_id, created_at, id);

CREATE TABLE IF NOT EXISTS agents (
    id TEXT PRIMARY KEY,
    workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    slug TEXT NOT NULL,
    description TEXT,
    avatar_url TEXT,
    max_messages_per_session INTEGER,
    tone TEXT,
    response_length TEXT,
    is_active INTEGER NOT NULL DEFAULT 1,
    is_copilot INTEGER NOT NULL DEFAULT 0,
    is_email_agent INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS agents_workspace ON agents(workspace_id, created_at, id);

CREATE TABLE IF NOT EXISTS agent_prohibited_phrases (
    id TEXT PRIMARY KEY,
    agent_id TEXT NOT NULL REFERENCES agents(id) ON DELETE CASCADE,
    phrase TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS agent_prohibited_phrases_agent ON agent_prohibited_phrases(agent_id);

CREATE TABLE IF NOT EXISTS agent_escalation_rules (
    id TEXT PRIMARY KEY,
    agent_id TEXT NOT NULL REFERENCES agents(id) ON DELETE CASCADE,
    channel TEXT,
    rule TEXT NOT NULL,
    escalate_to TEXT,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS agent_escalation_rules_agent ON agent_escalation_rules(agent_id);

CREATE TABLE IF NOT EXISTS companies (
    id TEXT PRIMARY KEY,
    workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    domain TEXT,
    industry TEXT,
    employee_count INTEGER,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS companies_workspace ON companies(workspace_id, created_at, id);

CREATE TABLE IF NOT EXISTS customers (
    id TEXT PRIMARY KEY,
    workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    company_id TEXT REFERENCES companies(id) ON DELETE SET NULL,
    first_name TEXT,
    last_name TEXT,
    email TEXT NOT NULL,
    phone TEXT,
    locale TEXT,
    country TEXT,
    avatar_url TEXT,
    first_seen_at INTEGER,
    last_seen_at INTEGER,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    UNIQUE (workspace_id, email)
);
CREATE INDEX IF NOT EXISTS customers_workspace ON customers(workspace_id, created_at, id);
CREATE INDEX IF NOT EXISTS customers_company ON customers(company_id);

-- priority_rank orders priorities by severity: low 1, normal 2, high 3, urgent 4.
CREATE TABLE IF NOT EXISTS conversations (
    id TEXT PRIMARY KEY,
    workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    channel TEXT NOT NULL CHECK (channel IN ('email', 'chat')),
    customer_id TEXT NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    agent_id TEXT REFERENCES agents(id) ON DELETE SET NULL,
    subject TEXT,
    status TEXT NOT NULL CHECK (status IN ('open', 'closed')),
    priority TEXT CHECK (priority IN ('low', 'normal', 'high', 'urgent')),
    priority_rank INTEGER,
    assignee_id TEXT,
    assignee_type TEXT CHECK (assignee_type IN ('user', 'agent')),
    tags TEXT NOT NULL DEFAULT '[]',
    closed_at INTEGER,
    first_response_at INTEGER,
    last_message_at INTEGER,
    is_spam INTEGER NOT NULL DEFAULT 0,
    spam_score REAL NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS conversations_created ON conversations(workspace_id, created_at, id);
CREATE INDEX IF NOT EXISTS conversations_updated ON conversations(workspace_id, updated_at, id);
CREATE INDEX IF NOT EXISTS conversations_last_message ON conversations(workspace_id, last_message_at, id);
CREATE INDEX IF NOT EXISTS conversations_priority ON conversations(workspace_id, priority_rank, id);
CREATE INDEX IF NOT EXISTS conversations_customer ON conversations(customer_id, created_at);
CREATE INDEX IF NOT EXISTS conversations_assignee ON conversations(assignee_id);
-- Lists filtered by status (the console opens on the open conversations): the rows of a page and
-- the COUNT(*) of meta.total come from this index instead of a scan of the table.
CREATE INDEX IF NOT EXISTS conversations_status ON conversations(workspace_id, status, created_at, id);

CREATE TABLE IF NOT EXISTS messages (
    id TEXT PRIMARY KEY,
    workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    conversation_id TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    sender_type TEXT NOT NULL CHECK (sender_type IN ('customer', 'user', 'agent', 'system')),
    sender_id TEXT,
    customer_id TEXT,
    content TEXT NOT NULL,
    is_internal INTEGER NOT NULL DEFAULT 0,
    from_addresses TEXT,
    to_addresses TEXT,
    cc_addresses TEXT,
    bcc_addresses TEXT,
    email_status TEXT,
    email_error_message TEXT,
    sent_at INTEGER NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS messages_conversation ON messages(conversation_id, created_at, id);

CREATE TABLE IF NOT EXISTS training_items (
    id TEXT PRIMARY KEY,
    workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    type TEXT NOT NULL CHECK (type IN ('text', 'qa', 'file', 'url')),
    title TEXT,
    status TEXT NOT NULL CHECK (status IN ('pending', 'processing', 'ready', 'failed')),
    error TEXT,
    content TEXT,
    question TEXT,
    answer TEXT,
    source_url TEXT,
    file_name TEXT,
    mime_type TEXT,
    size_bytes INTEGER,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS training_items_workspace ON training_items(workspace_id, created_at, id);

CREATE TABLE IF NOT EXISTS training_item_agents (
    training_item_id TEXT NOT NULL REFERENCES training_items(id) ON DELETE CASCADE,
    agent_id TEXT NOT NULL REFERENCES agents(id) ON DELETE CASCADE,
    PRIMARY KEY (training_item_id, agent_id)
);
CREATE INDEX IF NOT EXISTS training_item_agents_agent ON training_item_agents(agent_id);
