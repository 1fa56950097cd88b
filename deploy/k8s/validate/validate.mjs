// Renders each kustomize overlay under deploy/k8s/overlays the way `kubectl apply -k` would, and
// validates every resulting resource against the Kubernetes schemas (kubernetes-models), then
// checks what a schema cannot: that references between the resources resolve, that the probes
// point at Quarkus' health endpoints, and that production leaves migrations to the Job. Also
// checks deploy/compose.yaml's start order. Exits 1 on the first overlay with a problem.
//
//   node validate.mjs                 validate every overlay and the compose file
//   node validate.mjs --print prod    print the rendered overlay as YAML (no kustomize needed)
//
// Neither kustomize nor a current kubectl is available where CI runs, so the rendering is done
// here. It implements the subset of kustomize the manifests use, and refuses anything else:
// resources (files and directories), namespace, images, and patches given by path, applied as
// strategic merge patches (maps merge; lists of named items merge by name, other lists are
// replaced; `$patch: delete` removes the resource).

import { readFileSync, existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';

const here = dirname(fileURLToPath(import.meta.url));
const k8s = resolve(here, '..');
const deploy = resolve(k8s, '..');

// Secrets an overlay expects to exist in the cluster already, created outside git.
const EXTERNAL_SECRETS = { prod: ['frontline-db'] };
const CLUSTER_SCOPED = new Set(['Namespace', 'ClusterRole', 'ClusterRoleBinding', 'PersistentVolume', 'StorageClass']);
const KNOWN_KUSTOMIZATION_KEYS = new Set(['apiVersion', 'kind', 'resources', 'namespace', 'images', 'patches']);

// --- Rendering ---------------------------------------------------------------------------------

function readYamlDocuments(file) {
  return YAML.parseAllDocuments(readFileSync(file, 'utf8')).map((doc) => {
    if (doc.errors.length) {
      throw new Error(`${file}: ${doc.errors[0].message}`);
    }
    return doc.toJS();
  }).filter((obj) => obj !== null);
}

function render(dir) {
  const file = join(dir, 'kustomization.yaml');
  const [kustomization] = readYamlDocuments(file);
  for (const key of Object.keys(kustomization)) {
    if (!KNOWN_KUSTOMIZATION_KEYS.has(key)) {
      throw new Error(`${file}: '${key}' is not supported by this renderer; extend validate.mjs or avoid it`);
    }
  }
  let resources = [];
  for (const entry of kustomization.resources ?? []) {
    const path = resolve(dir, entry);
    resources.push(...(statSync(path).isDirectory() ? render(path) : readYamlDocuments(path)));
  }
  for (const patch of kustomization.patches ?? []) {
    if (!patch.path || patch.target || patch.patch) {
      throw new Error(`${file}: only patches given by path are supported`);
    }
    for (const doc of readYamlDocuments(resolve(dir, patch.path))) {
      resources = applyPatch(resources, doc, join(dir, patch.path));
    }
  }
  if (kustomization.namespace) {
    for (const resource of resources) {
      if (!CLUSTER_SCOPED.has(resource.kind)) {
        resource.metadata.namespace = kustomization.namespace;
      }
    }
  }
  for (const image of kustomization.images ?? []) {
    for (const resource of resources) {
      for (const container of containersOf(resource)) {
        if (imageName(container.image) === image.name) {
          container.image = `${image.newName ?? image.name}:${image.newTag}`;
        }
      }
    }
  }
  return resources;
}

function applyPatch(resources, patch, file) {
  const index = resources.findIndex((r) => r.kind === patch.kind && r.metadata?.name === patch.metadata?.name);
  if (index < 0) {
    throw new Error(`${file}: patches ${patch.kind}/${patch.metadata?.name}, which the resources do not contain`);
  }
  if (patch.$patch === 'delete') {
    return resources.filter((_, i) => i !== index);
  }
  const merged = [...resources];
  merged[index] = strategicMerge(resources[index], patch);
  return merged;
}

function strategicMerge(base, patch) {
  if (Array.isArray(patch)) {
    const named = (list) => Array.isArray(list) && list.length > 0 && list.every((item) => item && typeof item === 'object' && 'name' in item);
    if (!named(patch) || !named(base)) {
      return structuredClone(patch);
    }
    const result = base.map((item) => structuredClone(item));
    for (const item of patch) {
      const at = result.findIndex((existing) => existing.name === item.name);
      if (at < 0) {
        result.push(structuredClone(item));
      } else {
        result[at] = strategicMerge(result[at], item);
      }
    }
    return result;
  }
  if (patch && typeof patch === 'object') {
    const result = base && typeof base === 'object' && !Array.isArray(base) ? structuredClone(base) : {};
    for (const [key, value] of Object.entries(patch)) {
      result[key] = value === null ? undefined : strategicMerge(result[key], value);
      if (result[key] === undefined) {
        delete result[key];
      }
    }
    return result;
  }
  return patch;
}

// --- Reading the rendered resources --------------------------------------------------------------

function podSpecOf(resource) {
  if (resource.kind === 'Pod') return resource.spec;
  if (resource.kind === 'CronJob') return resource.spec?.jobTemplate?.spec?.template?.spec;
  return resource.spec?.template?.spec;
}

function containersOf(resource) {
  const pod = podSpecOf(resource);
  return pod ? [...(pod.initContainers ?? []), ...(pod.containers ?? [])] : [];
}

function imageName(image) {
  return image.replace(/@.*$/, '').replace(/:[^:/]+$/, '');
}

function find(resources, kind, name) {
  return resources.find((r) => r.kind === kind && r.metadata.name === name);
}

function envOf(container) {
  return Object.fromEntries((container.env ?? []).map((e) => [e.name, e.value]));
}

function selects(selector, labels) {
  return Object.entries(selector ?? {}).every(([key, value]) => labels?.[key] === value);
}

// --- Validation -------------------------------------------------------------------------------

async function modelFor(resource) {
  const [group, version] = resource.apiVersion.includes('/') ? resource.apiVersion.split('/') : [null, resource.apiVersion];
  const module = await import(`kubernetes-models/${group ? `${group}/` : ''}${version}/${resource.kind}`);
  return module[resource.kind] ?? module.default;
}

async function schemaErrors(resource) {
  try {
    const Model = await modelFor(resource);
    new Model(resource).validate();
    return [];
  } catch (error) {
    return [error.message];
  }
}

function projectErrors(overlay, resources) {
  const errors = [];
  const seen = new Set();
  for (const r of resources) {
    const key = `${r.kind}/${r.metadata.namespace ?? ''}/${r.metadata.name}`;
    if (seen.has(key)) errors.push(`${key} is defined twice`);
    seen.add(key);
  }
  const external = EXTERNAL_SECRETS[overlay] ?? [];
  for (const r of resources) {
    const pod = podSpecOf(r);
    if (!pod) continue;
    const where = `${r.kind}/${r.metadata.name}`;
    if (pod.securityContext?.runAsNonRoot !== true) errors.push(`${where}: pods must set runAsNonRoot`);
    for (const c of containersOf(r)) {
      if (!c.image.includes('/') || !c.image.includes(':')) errors.push(`${where}: image '${c.image}' was not pinned by the overlay's images`);
      if (!c.resources?.requests?.memory || !c.resources?.limits?.memory) errors.push(`${where}/${c.name}: needs memory requests and limits`);
      for (const source of c.envFrom ?? []) {
        if (source.configMapRef && !find(resources, 'ConfigMap', source.configMapRef.name)) {
          errors.push(`${where}: ConfigMap ${source.configMapRef.name} is not defined`);
        }
        if (source.secretRef && !find(resources, 'Secret', source.secretRef.name) && !external.includes(source.secretRef.name)) {
          errors.push(`${where}: Secret ${source.secretRef.name} is neither defined nor declared external`);
        }
      }
      for (const e of c.env ?? []) {
        const ref = e.valueFrom?.secretKeyRef;
        if (ref && !external.includes(ref.name)) {
          const secret = find(resources, 'Secret', ref.name);
          if (!secret || !(ref.key in { ...secret.data, ...secret.stringData })) errors.push(`${where}: Secret key ${ref.name}/${ref.key} is not defined`);
        }
      }
    }
  }

  const api = find(resources, 'Deployment', 'frontline');
  if (!api) return [...errors, 'Deployment frontline is missing'];
  const container = api.spec.template.spec.containers.find((c) => c.name === 'frontline');
  const probes = { startupProbe: '/q/health/started', livenessProbe: '/q/health/live', readinessProbe: '/q/health/ready' };
  for (const [probe, path] of Object.entries(probes)) {
    if (container[probe]?.httpGet?.path !== path) errors.push(`Deployment frontline: ${probe} must GET ${path}`);
  }
  const podLabels = api.spec.template.metadata.labels;
  if (!selects(api.spec.selector.matchLabels, podLabels)) errors.push('Deployment frontline: its selector does not match its pods');
  const service = find(resources, 'Service', 'frontline');
  if (!service || !selects(service.spec.selector, podLabels)) errors.push('Service frontline must select the API pods');
  const pdb = find(resources, 'PodDisruptionBudget', 'frontline');
  if (!pdb || !selects(pdb.spec.selector.matchLabels, podLabels)) errors.push('PodDisruptionBudget frontline must select the API pods');
  const hpa = find(resources, 'HorizontalPodAutoscaler', 'frontline');
  if (!hpa || hpa.spec.scaleTargetRef.kind !== 'Deployment' || hpa.spec.scaleTargetRef.name !== 'frontline') {
    errors.push('HorizontalPodAutoscaler frontline must scale Deployment frontline');
  }
  if (api.spec.replicas !== undefined) errors.push('Deployment frontline: leave replicas to the HorizontalPodAutoscaler');

  const job = find(resources, 'Job', 'frontline-migrate');
  const jobEnv = job ? envOf(job.spec.template.spec.containers[0]) : {};
  if (jobEnv.QUARKUS_FLYWAY_MIGRATE_AT_START !== 'true' || jobEnv.QUARKUS_INIT_AND_EXIT !== 'true') {
    errors.push('Job frontline-migrate must migrate at start and exit (QUARKUS_INIT_AND_EXIT)');
  }
  if (overlay === 'prod') {
    const env = envOf(container);
    if (env.QUARKUS_FLYWAY_MIGRATE_AT_START !== 'false') errors.push('prod: the Deployment must not migrate at start (the Job does)');
    const config = find(resources, 'ConfigMap', 'frontline-config')?.data ?? {};
    for (const key of ['QUARKUS_SMALLRYE_GRAPHQL_UI_ENABLED', 'QUARKUS_SMALLRYE_GRAPHQL_FIELD_VISIBILITY']) {
      if (!(key in config)) errors.push(`prod: the ConfigMap must state its choice for ${key}`);
    }
    if (find(resources, 'Secret', 'frontline-db')) errors.push('prod: credentials must not come from git');
  }
  return errors;
}

function composeErrors() {
  const file = join(deploy, 'compose.yaml');
  const [compose] = readYamlDocuments(file);
  const errors = [];
  const { postgres, frontline } = compose.services ?? {};
  if (!postgres?.healthcheck?.test || !frontline?.healthcheck?.test) errors.push('compose: both services need a healthcheck');
  if (frontline?.depends_on?.postgres?.condition !== 'service_healthy') errors.push('compose: frontline must wait for a healthy postgres');
  for (const variant of ['jvm', 'native']) {
    const dockerfile = String(frontline?.build?.dockerfile).replace(/\$\{FRONTLINE_IMAGE:-jvm\}/, variant);
    if (!existsSync(resolve(deploy, frontline?.build?.context ?? '.', dockerfile))) errors.push(`compose: ${dockerfile} does not exist`);
  }
  return errors;
}

// A validator that accepts everything would pass every manifest: make sure it does not.
async function validatorRejectsNonsense() {
  const broken = { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'x' },
    spec: { selector: {}, template: { spec: { containers: [{ name: 'x', ports: [{ containerPort: 'http' }] }] } } } };
  return (await schemaErrors(broken)).length > 0;
}

async function main() {
  const args = process.argv.slice(2);
  if (args[0] === '--print') {
    const resources = render(join(k8s, 'overlays', args[1]));
    process.stdout.write(resources.map((r) => YAML.stringify(r)).join('---\n'));
    return 0;
  }
  if (!(await validatorRejectsNonsense())) {
    console.error('kubernetes-models accepted an invalid Deployment: validation is not working');
    return 1;
  }
  let failed = false;
  for (const overlay of ['dev', 'prod']) {
    let resources;
    try {
      resources = render(join(k8s, 'overlays', overlay));
    } catch (error) {
      console.error(`${overlay}: ${error.message}`);
      failed = true;
      continue;
    }
    const errors = [];
    for (const r of resources) {
      for (const message of await schemaErrors(r)) errors.push(`${r.kind}/${r.metadata?.name}: ${message}`);
    }
    errors.push(...projectErrors(overlay, resources));
    if (errors.length) {
      failed = true;
      console.error(`overlay ${overlay}: ${errors.length} problem(s)\n  ${errors.join('\n  ')}`);
    } else {
      console.log(`overlay ${overlay}: ${resources.length} resources valid (${resources.map((r) => r.kind).join(', ')})`);
    }
  }
  const compose = composeErrors();
  if (compose.length) {
    failed = true;
    console.error(compose.join('\n'));
  } else {
    console.log('compose.yaml: start order and health checks in place');
  }
  return failed ? 1 : 0;
}

process.exitCode = await main();
