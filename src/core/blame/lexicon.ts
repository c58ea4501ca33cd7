// Word lists that tell people from systems: roles, teams, common first names, system nouns and product names.

/** Role words whose plural names something else: "TLS" is the protocol, not team leads. */
export const ROLES_WITHOUT_PLURAL: ReadonlySet<string> = new Set(['tl']);

/** Nouns that name a person or people by role. Plurals are derived by adding "s" (not for ROLES_WITHOUT_PLURAL). */
export const ROLE_NOUNS: readonly string[] = [
  'engineer', 'developer', 'dev', 'programmer', 'coder', 'operator', 'admin', 'administrator', 'sysadmin', 'dba',
  'sre', 'oncaller', 'on-caller', 'on-call', 'oncall', 'responder', 'reviewer', 'approver', 'author', 'committer',
  'contributor', 'maintainer', 'contractor', 'integrator', 'consultant', 'intern', 'manager', 'lead', 'architect', 'analyst',
  'tester', 'person', 'individual', 'employee', 'colleague', 'coworker', 'co-worker', 'teammate', 'member', 'human',
  'staffer', 'hire', 'newcomer', 'newbie', 'junior', 'senior', 'commander', 'ic', 'owner', 'technician',
  'specialist', 'guy', 'folk', 'dude', 'someone', 'somebody', 'anyone', 'anybody', 'everyone', 'everybody',
  'whoever', 'people', 'staff', 'captain', 'shepherd', 'coordinator', 'scribe', 'steward', 'dri',
  'engineering-manager', 'cto', 'ceo', 'vp', 'director', 'supervisor', 'expert', 'novice', 'volunteer', 'designer',
  'marketer', 'salesperson', 'representative', 'rep', 'pm', 'em', 'tl', 'techlead', 'he', 'she', 'they', 'i', 'him',
  'them', 'me', 'management', 'leadership', 'clerk', 'trainee', 'apprentice', 'guru',
  // The pronouns French, Spanish and German reports use for a person ('elle aurait dû vérifier').
  'il', 'elle', 'ils', 'elles', 'él', 'ella', 'ellos',
  // People outside software teams whose work postmortems of law firms, airlines, hospitals and banks describe.
  'paralegal', 'attorney', 'lawyer', 'solicitor', 'barrister', 'counsel', 'timekeeper', 'officer',
  'nurse', 'doctor', 'physician', 'clinician', 'pharmacist', 'cashier', 'teller', 'accountant', 'auditor',
  'receptionist', 'secretary', 'rosterer', 'courier', 'associate',
  // Rail, trading floors and control rooms.
  'signaller', 'signalman', 'dispatcher', 'trader', 'dealer', 'operative',
];

/** Words that, as the head of a phrase, name a group of people ("the DBA team", "ops"). */
export const TEAM_NOUNS: readonly string[] = [
  'team', 'teams', 'squad', 'squads', 'crew', 'department', 'org', 'ops', 'devops', 'secops', 'sec', 'qa',
  'security', 'support', 'networking', 'infra', 'sres', 'dbas', 'devs', 'folks', 'guys', 'lads', 'agency', 'engineering', 'noc', 'soc', 'helpdesk', 'servicedesk',
  // As French, Spanish and German reports name a team ('l'équipe réseau', 'el equipo de redes', 'das Infra-Team').
  'équipe', 'équipes', 'equipo', 'equipos', 'abteilung',
];

/** Department names that name a group of people when capitalised ("Marketing pushed the campaign live"). */
export const DEPARTMENTS: readonly string[] = ['marketing', 'sales', 'legal', 'finance', 'hr', 'product', 'design', 'procurement', 'compliance'];

/**
 * Nouns for things that are not people: services, pipelines, alerts, processes, documents. A phrase whose head is one
 * of these is a system, so "the alert failed to notify on-call" is not blame. Plurals are derived by adding "s".
 */
export const SYSTEM_NOUNS: readonly string[] = [
  'account', 'service', 'system', 'pipeline', 'alert', 'alerting', 'alarm', 'page', 'pager', 'process', 'procedure', 'job',
  'cron', 'cronjob', 'script', 'tool', 'tooling', 'check', 'test', 'suite', 'monitor', 'monitoring', 'deploy',
  'deployment', 'config', 'configuration', 'cluster', 'node', 'pod', 'container', 'server', 'host', 'machine',
  'instance', 'vm', 'database', 'db', 'table', 'query', 'cache', 'api', 'endpoint', 'balancer', 'lb', 'proxy',
  'gateway', 'ingress', 'controller', 'scheduler', 'runbook', 'playbook', 'checklist', 'documentation', 'docs',
  'doc', 'change', 'update', 'upgrade', 'migration', 'release', 'build', 'ci', 'cd', 'backup', 'replica', 'primary',
  'secondary', 'queue', 'worker', 'bot', 'chatbot', 'automation', 'webhook', 'hook', 'dashboard', 'policy', 'rule', 'rollout',
  'rollback', 'workflow', 'step', 'stage', 'version', 'feature', 'flag', 'code', 'commit', 'pr', 'patch', 'fix',
  'bug', 'error', 'request', 'traffic', 'load', 'disk', 'network', 'dns', 'certificate', 'cert', 'token', 'key',
  'secret', 'storage', 'volume', 'image', 'app', 'application', 'agent', 'daemon', 'firewall', 'vpn', 'function',
  'region', 'zone', 'kernel', 'library', 'dependency', 'package', 'module', 'component', 'platform', 'environment',
  'staging', 'production', 'prod', 'infrastructure', 'link', 'probe', 'healthcheck', 'validation', 'validator',
  'linter', 'compiler', 'parser', 'template', 'manifest', 'chart', 'operator-controller', 'crd', 'resource', 'quota',
  'limit', 'threshold', 'metric', 'log', 'logging', 'logger', 'trace', 'tracing', 'notification', 'email', 'message',
  'channel', 'integration', 'plugin', 'extension', 'setting', 'option', 'parameter', 'value', 'field', 'schema',
  'index', 'indexer', 'crawler', 'scraper', 'collector', 'allocator', 'handler', 'refactor', 'refactoring', 'merge', 'hotfix', 'logic', 'router', 'switch', 'vulnerability', 'vulnerabilities', 'flaw', 'exploit',
  'advisory', 'replication', 'failover', 'snapshot', 'restore', 'runtime', 'autoscaler', 'hpa', 'statefulset',
  'daemonset', 'replicaset', 'repo', 'repository', 'branch', 'tag', 'artifact', 'registry', 'mirror', 'cdn', 'site',
  'website', 'form', 'button', 'ui', 'cli', 'command', 'review', 'plan', 'spec', 'test-suite', 'canary', 'monday',
  'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april',
  'june', 'july', 'august', 'september', 'october', 'november', 'december', 'morning', 'night', 'evening',
  'afternoon', 'weekend', 'day', 'week', 'month', 'hour', 'minute', 'time', 'purpose', 'hold', 'track', 'fire',
  'call', 'checkout', 'billing', 'search', 'payment', 'login', 'auth', 'authentication', 'signup', 'inventory',
  'order', 'cart', 'catalog', 'messaging', 'compute', 'frontend', 'backend', 'edge', 'caching', 'sharding',
  'routing', 'scheduling', 'indexing', 'batch', 'stream', 'streaming', 'ingestion', 'export', 'import', 'sync',
  'failure', 'mistake', 'slip', 'lapse', 'factor', 'nature', 'judgment', 'judgement', 'oversight', 'interaction',
  'optimiser', 'optimizer', 'solver', 'breaker', 'engine', 'limiter', 'vendor', 'provider', 'cloud', 'user', 'customer', 'client', 'it', 'this', 'that', 'which', 'what', 'who',
  'model', 'helper', 'updater', 'installer', 'uploader',
];

/** Product and project names that look like personal names or proper nouns but are software. */
export const PRODUCT_NAMES: readonly string[] = [
  'jenkins', 'travis', 'circleci', 'terraform', 'kubernetes', 'k8s', 'prometheus', 'grafana', 'sentry', 'datadog',
  'pagerduty', 'opsgenie', 'victorops', 'github', 'gitlab', 'bitbucket', 'argo', 'argocd', 'flux', 'helm', 'docker',
  'redis', 'postgres', 'postgresql', 'mysql', 'mariadb', 'mongodb', 'mongo', 'cassandra', 'kafka', 'rabbitmq',
  'strimzi', 'galera', 'percona', 'vitess', 'zalando', 'ceph', 'fortigate', 'fortinet', 'netscaler',
  'nginx', 'traefik', 'envoy', 'istio', 'linkerd', 'consul', 'vault', 'nomad', 'spinnaker', 'tekton', 'boskos',
  'prow', 'tide', 'borgmon', 'salt', 'ansible', 'puppet', 'chef', 'aws', 'gcp', 'azure', 'okta', 'slack',
  'alertmanager', 'elasticsearch', 'kibana', 'logstash', 'fluentd', 'fluentbit', 'cloudflare', 'cloudwatch',
  'lambda', 's3', 'ec2', 'eks', 'gke', 'aks', 'rds', 'route53', 'cloudfront', 'stackdriver', 'splunk', 'honeycomb',
  'jaeger', 'loki', 'thanos', 'cortex', 'velero', 'cilium', 'calico', 'keda', 'knative', 'kyverno', 'gatekeeper',
  'sonarqube', 'snyk', 'trivy', 'atlantis', 'nagios', 'zabbix', 'icinga', 'sensu', 'statuspage', 'jira', 'trello',
  'confluence', 'zoom', 'outlook', 'gmail', 'etcd', 'coredns', 'kubelet', 'kubectl', 'containerd', 'dockershim',
  'keepalived', 'haproxy', 'varnish', 'memcached', 'celery', 'sidekiq', 'rails', 'django', 'node.js', 'ruby',
  'athena', 'aurora', 'jasmine', 'mocha', 'karma', 'jest', 'cypress', 'selenium', 'playwright', 'dependabot',
  'renovate', 'copilot', 'omnibus', 'pgbouncer', 'pgpool', 'patroni', 'dehydrated', 'certbot', 'letsencrypt',
  'heroku', 'vercel', 'netlify', 'fastly', 'akamai', 'zookeeper', 'hadoop', 'spark', 'airflow', 'dagster', 'luigi',
  'bazel', 'gradle', 'maven', 'npm', 'yarn', 'pip', 'pypi', 'cabotage', 'spyglass', 'testgrid', 'deck', 'crier',
  'plank', 'sinker', 'horologium', 'windows', 'linux', 'macos', 'javascript', 'typescript', 'php', 'stripe', 'wordpress',
  'woocommerce', 'shopify', 'mailchimp', 'twilio', 'sendgrid', 'zendesk', 'salesforce', 'hubspot', 'snowflake', 'snowpipe',
];

/**
 * Common first names, so "Priya skipped the canary" reads as a person without a Participants list. Names that are
 * also everyday words ("Will", "Mark", "May") count only when capitalised.
 */
export const FIRST_NAMES: readonly string[] = [
  // Names that end like a past tense ("Added", "Restarted" at the start of a timeline row are verbs, not names).
  'alfred', 'wilfred', 'manfred', 'winifred', 'mildred', 'ned', 'obed', 'saeed', 'said', 'rasheed', 'waleed', 'hamed', 'majed', 'sayed', 'zayed', 'fahed', 'khaled', 'muhammed', 'naveed', 'fareed', 'junaid', 'siegfried',
  'aaron', 'abdul', 'abigail', 'adam', 'aditya', 'adrian', 'ahmed', 'aisha', 'alan', 'albert', 'alejandro', 'alex',
  'alexander', 'alexandra', 'alice', 'alicia', 'alison', 'amanda', 'amber', 'amelia', 'amir', 'amit', 'amy', 'ana',
  'anand', 'andrea', 'andrew', 'andy', 'angela', 'anil', 'anita', 'ann', 'anna', 'anne', 'anthony', 'anton',
  'antonio', 'anya', 'arjun', 'arthur', 'ashley', 'astrid', 'ava', 'barbara', 'ben', 'benjamin', 'beth', 'betty',
  'bill', 'blake', 'bob', 'bobby', 'boris', 'brad', 'brandon', 'brenda', 'brian', 'bruce', 'bryan', 'caleb',
  'camila', 'carl', 'carla', 'carlos', 'carmen', 'carol', 'caroline', 'catherine', 'charles', 'charlie', 'charlotte',
  'chen', 'chloe', 'chris', 'christian', 'christina', 'christine', 'christopher', 'cindy', 'claire', 'clara',
  'craig', 'cynthia', 'dan', 'dana', 'daniel', 'daniela', 'danielle', 'darius', 'dave', 'david', 'deborah', 'debbie',
  'deepak', 'dennis', 'derek', 'diana', 'diego', 'dimitri', 'divya', 'dmitri', 'dominic', 'donald', 'donna', 'doug',
  'douglas', 'dylan', 'ed', 'eddie', 'edward', 'elena', 'eli', 'elijah', 'elizabeth', 'ella', 'ellen', 'emily',
  'emma', 'eric', 'erik', 'erin', 'ethan', 'eva', 'evan', 'fatima', 'felix', 'fernando', 'fiona', 'francesca',
  'francisco', 'frank', 'fred', 'gabriel', 'gabriela', 'gary', 'george', 'gina', 'giovanni', 'greg', 'gregory',
  'hana', 'hannah', 'hans', 'harold', 'harry', 'hassan', 'heather', 'helen', 'henry', 'hiroshi', 'hugo', 'ian',
  'igor', 'ines', 'ingrid', 'irene', 'isaac', 'isabel', 'isabella', 'ivan', 'jack', 'jacob', 'james', 'jamie',
  'jane', 'janet', 'jared', 'jason', 'javier', 'jay', 'jean', 'jeff', 'jeffrey', 'jen', 'jennifer', 'jenny',
  'jeremy', 'jerry', 'jess', 'jessica', 'jim', 'jimmy', 'joan', 'joe', 'joel', 'john', 'johnny', 'jon', 'jonathan',
  'jordan', 'jorge', 'jose', 'joseph', 'josh', 'joshua', 'joyce', 'juan', 'judy', 'julian', 'julie', 'justin',
  'karen', 'karim', 'karl', 'kate', 'katharine', 'katherine', 'kathy', 'katie', 'kavya', 'keith', 'kelly', 'ken',
  'kenji', 'kenneth', 'kevin', 'kim', 'kimberly', 'kyle', 'lakshmi', 'lars', 'laura', 'lauren', 'leah', 'lee',
  'lena', 'leo', 'leon', 'liam', 'lily', 'linda', 'lisa', 'liz', 'logan', 'lorenzo', 'louis', 'lucas', 'lucia',
  'lucy', 'luis', 'luke', 'maria', 'marco', 'marcus', 'margaret', 'marie', 'marina', 'mario', 'marta', 'martin',
  'mary', 'mason', 'mateo', 'matt', 'matthew', 'maya', 'megan', 'mei', 'melissa', 'mia', 'michael', 'michelle',
  'miguel', 'mike', 'mila', 'mohammed', 'mohammad', 'muhammad', 'monica', 'nadia', 'nancy', 'naomi', 'natalie',
  'nathan', 'neha', 'nick', 'nicholas', 'nicole', 'nikhil', 'nina', 'noah', 'nora', 'olga', 'oliver', 'olivia',
  'omar', 'oscar', 'owen', 'pablo', 'pam', 'patricia', 'patrick', 'paul', 'paula', 'pedro', 'peter', 'phil',
  'philip', 'pierre', 'pooja', 'priya', 'rachel', 'rahul', 'raj', 'rajesh', 'ravi', 'raymond', 'rebecca', 'rick',
  'richard', 'rita', 'robert', 'roberto', 'robin', 'roger', 'rohan', 'ron', 'ronald', 'rosa', 'ross', 'ruth', 'ryan',
  'sachin', 'sam', 'samantha', 'samuel', 'sandra', 'sanjay', 'sara', 'sarah', 'scott', 'sean', 'sebastian', 'sergei',
  'sergey', 'seth', 'shanice', 'sharon', 'shawn', 'shreya', 'simon', 'sofia', 'sophia', 'sophie', 'stephanie',
  'stephen', 'steve', 'steven', 'sunil', 'susan', 'suresh', 'sven', 'takeshi', 'tanya', 'tara', 'ted', 'teresa',
  'thomas', 'tim', 'timothy', 'tina', 'todd', 'tom', 'tomas', 'tony', 'tracy', 'tyler', 'valentina', 'vanessa',
  'victor', 'victoria', 'vijay', 'vikram', 'vincent', 'virginia', 'walter', 'wei', 'wendy', 'william', 'xavier',
  'yan', 'yara', 'yuki', 'yusuf', 'zach', 'zoe', 'zhang', 'li', 'wang', 'liu', 'kwame', 'amara', 'chidi', 'ngozi',
  'oluwaseun', 'tunde', 'sipho', 'thabo', 'aroha', 'mateus', 'joao', 'bjorn', 'anders', 'mats', 'jens', 'klaus',
  'jurgen', 'stefan', 'marek', 'piotr', 'katarzyna', 'agnieszka', 'jan', 'zeynep', 'mehmet', 'ayse', 'will', 'mark',
  'grant', 'rob', 'pat', 'sue', 'may', 'dawn', 'hope', 'faith', 'joy', 'rose', 'art', 'gene', 'drew', 'chase', 'max',
  'ray', 'iris', 'luna', 'nova', 'jasper', 'sky', 'reed', 'miles', 'mina', 'pieter', 'henrik', 'grace', 'bea',
  'lukas', 'farah', 'ahmad', 'elise', 'naveen', 'tariq', 'camille', 'olu', 'greta', 'sunita', 'kofi', 'beatriz',
  'nikolai', 'aaliyah', 'theo', 'hiroko', 'wen', 'frankie', 'jenna', 'aiden', 'aidan', 'alina', 'aliyah', 'amani',
  'anika', 'ankit', 'arnav', 'aryan', 'asha', 'ashok', 'ayesha', 'bianca', 'bilal', 'brooke', 'bruno', 'calvin',
  'cameron', 'carter', 'cecilia', 'chandra', 'chuck', 'clint', 'colin', 'connor', 'conor', 'cora', 'damian', 'dario',
  'darren', 'declan', 'deepika', 'devon', 'dhruv', 'dina', 'dominik', 'eduardo', 'eileen', 'elaine', 'elif',
  'elliot', 'emil', 'emre', 'enrique', 'esther', 'fabian', 'farid', 'felipe', 'filip', 'finn', 'florian', 'gareth',
  'gavin', 'gemma', 'gideon', 'gloria', 'gordon', 'gustavo', 'haruto', 'hector', 'heidi', 'helena', 'hiro', 'hyun',
  'ibrahim', 'ilya', 'imran', 'isla', 'jacqueline', 'jade', 'jakob', 'jamal', 'janelle', 'javed', 'jia', 'jin',
  'jiho', 'joanna', 'jonas', 'josie', 'juliana', 'jun', 'kai', 'kareem', 'karthik', 'kasia', 'kayla', 'keiko',
  'kenya', 'kiran', 'kirsten', 'kristen', 'kwabena', 'lachlan', 'lakshman', 'laila', 'lana', 'leila', 'leona',
  'levi', 'lindsey', 'lior', 'lorena', 'lucie', 'luka', 'maciej', 'madison', 'magnus', 'mahmoud', 'malik', 'manuel',
  'margot', 'mariana', 'marisol', 'mathilde', 'matteo', 'maxim', 'mehdi', 'melanie', 'mikhail', 'milan', 'min',
  'minh', 'miriam', 'mohamed', 'morgan', 'nabil', 'nasser', 'nate', 'neil', 'nils', 'noor', 'obinna', 'olivier',
  'orlando', 'pascal', 'patrice', 'paulo', 'perry', 'petra', 'phoebe', 'priyanka', 'quentin', 'rafael', 'rahim',
  'raphael', 'rashid', 'raul', 'reza', 'rhys', 'ricardo', 'riley', 'roman', 'ronan', 'rory', 'ruben', 'rui', 'ryo',
  'saanvi', 'sabrina', 'sadia', 'salma', 'sanjana', 'santiago', 'sasha', 'selin', 'shane', 'shira', 'siddharth',
  'silvia', 'simone', 'siobhan', 'soren', 'stella', 'tamara', 'thiago', 'tobias', 'tomasz', 'trevor', 'uma',
  'valerie', 'vera', 'veronica', 'viktor', 'vivek', 'wade', 'warren', 'wes', 'yasmin', 'yosef', 'yuna', 'yuri',
  'zain', 'zara', 'zeke', 'ziad', 'zoran', 'akira', 'anh', 'bao', 'duc', 'emeka', 'femi', 'hoang', 'ife', 'mei-ling',
  'minh-anh', 'ngoc', 'nkechi', 'oksana', 'quang', 'sakura', 'shun', 'takumi', 'thanh', 'tuan', 'ugo', 'xin', 'xiao',
  'yao', 'yong', 'yuto', 'zhou', 'zhen',
];
/** FIRST_NAMES as a set, built once for every reader that asks whether a word is a first name. */
export const FIRST_NAME_SET: ReadonlySet<string> = new Set(FIRST_NAMES);

/** First names that are also ordinary English words: they name a person only when capitalised. */
export const WORD_NAMES: ReadonlySet<string> = new Set([
  'will', 'mark', 'grant', 'rob', 'pat', 'sue', 'may', 'june', 'april', 'dawn', 'hope', 'faith', 'joy', 'rose',
  'art', 'gene', 'drew', 'chase', 'max', 'ray', 'iris', 'luna', 'nova', 'jasper', 'sky', 'reed', 'miles', 'frank',
  'bill', 'jack', 'lee', 'li', 'jan', 'ed', 'ken', 'jean', 'jay', 'kim', 'sam', 'tim', 'dan', 'ron', 'tom', 'ted',
  'phil', 'nick', 'matt', 'pam', 'ian', 'ana', 'eva', 'ella', 'ross', 'carol', 'robin', 'wang', 'yan', 'hana',
  'grace', 'min', 'dev', 'wade', 'warren', 'jade', 'chuck', 'milan', 'kai', 'jun', 'xin', 'yong', 'bao', 'uma', 'nate',
]);
