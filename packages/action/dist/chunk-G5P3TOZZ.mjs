import { createRequire as __moleculeCreateRequire } from 'node:module';
const require = __moleculeCreateRequire(import.meta.url);
import {
  ENV_KEY,
  ENV_SECRET,
  fromEnv,
  init_dist_es as init_dist_es2
} from "./chunk-PWUGGVWP.mjs";
import {
  AwsJson1_1Protocol,
  AwsSdkSigV4Signer,
  NODE_AUTH_SCHEME_PREFERENCE_OPTIONS,
  init_httpAuthSchemes,
  init_protocols as init_protocols2,
  resolveAwsSdkSigV4Config
} from "./chunk-I37EGZ5L.mjs";
import {
  Sha256Node,
  init_checksum
} from "./chunk-D57TFPAQ.mjs";
import {
  NodeHttpHandler,
  init_dist_es as init_dist_es3
} from "./chunk-OX2QLSBC.mjs";
import {
  BinaryDecisionDiagram,
  Client,
  DEFAULT_RETRY_MODE,
  DefaultIdentityProviderConfig,
  EndpointCache,
  NODE_APP_ID_CONFIG_OPTIONS,
  NODE_MAX_ATTEMPT_CONFIG_OPTIONS,
  NODE_RETRY_MODE_CONFIG_OPTIONS,
  NoOpLogger,
  ServiceException,
  WaiterState,
  awsEndpointFunctions,
  checkExceptions,
  createAggregatedClient,
  createDefaultUserAgentProvider,
  createPaginator,
  createWaiter,
  customEndpointFunctions,
  decideEndpoint,
  emitWarningIfUnsupportedVersion,
  emitWarningIfUnsupportedVersion2,
  getAwsRegionExtensionConfiguration,
  getDefaultExtensionConfiguration,
  getDefaultSocketTimeout,
  getEndpointPlugin,
  getHostHeaderPlugin,
  getHttpAuthSchemeEndpointRuleSetPlugin,
  getHttpSigningPlugin,
  getLoggerPlugin,
  getRecursionDetectionPlugin,
  getRetryPlugin,
  getUserAgentPlugin,
  init_client,
  init_client2,
  init_dist_es,
  init_endpoints,
  init_retry,
  loadConfigsForDefaultMode,
  makeBuilder,
  resolveAwsRegionExtensionConfiguration,
  resolveDefaultRuntimeConfig,
  resolveEndpointConfig,
  resolveHostHeaderConfig,
  resolveRetryConfig,
  resolveUserAgentConfig
} from "./chunk-KEQZVRWB.mjs";
import {
  CredentialsProviderError,
  ENV_PROFILE,
  NODE_REGION_CONFIG_FILE_OPTIONS,
  NODE_REGION_CONFIG_OPTIONS,
  NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS,
  NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS,
  chain,
  getContentLengthPlugin,
  getHttpHandlerExtensionConfiguration,
  init_config,
  init_protocols,
  loadConfig,
  resolveDefaultsModeConfig,
  resolveHttpHandlerRuntimeConfig,
  resolveRegionConfig
} from "./chunk-DAUYMKHJ.mjs";
import {
  TypeRegistry,
  calculateBodyLength,
  fromBase64,
  fromUtf8,
  getSchemaSerdePlugin,
  getSmithyContext,
  init_schema,
  init_serde,
  normalizeProvider,
  parseUrl,
  streamCollector,
  toBase64,
  toUtf8
} from "./chunk-7IDNBN3D.mjs";
import {
  createAgentPool,
  init_src,
  sanitizeExcerpt,
  sendOnce,
  summarizeZodIssues
} from "./chunk-4SH6TWA7.mjs";
import {
  ResultAsync,
  err,
  errAsync,
  external_exports,
  init_index_es,
  init_zod,
  ok
} from "./chunk-2QP52JK3.mjs";
import {
  REDACTED,
  init_constants,
  isLoopbackHost
} from "./chunk-LM4FX76V.mjs";
import {
  __esm
} from "./chunk-FSAGHIMA.mjs";

// ../../node_modules/@aws-sdk/client-ecr/dist-es/auth/httpAuthSchemeProvider.js
function createAwsAuthSigv4HttpAuthOption(authParameters) {
  return {
    schemeId: "aws.auth#sigv4",
    signingProperties: {
      name: "ecr",
      region: authParameters.region
    },
    propertiesExtractor: (config, context) => ({
      signingProperties: {
        config,
        context
      }
    })
  };
}
var defaultECRHttpAuthSchemeParametersProvider, defaultECRHttpAuthSchemeProvider, resolveHttpAuthSchemeConfig;
var init_httpAuthSchemeProvider = __esm({
  "../../node_modules/@aws-sdk/client-ecr/dist-es/auth/httpAuthSchemeProvider.js"() {
    "use strict";
    init_httpAuthSchemes();
    init_client();
    defaultECRHttpAuthSchemeParametersProvider = async (config, context, input) => {
      return {
        operation: getSmithyContext(context).operation,
        region: await normalizeProvider(config.region)() || (() => {
          throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
        })()
      };
    };
    defaultECRHttpAuthSchemeProvider = (authParameters) => {
      const options = [];
      switch (authParameters.operation) {
        default: {
          options.push(createAwsAuthSigv4HttpAuthOption(authParameters));
        }
      }
      return options;
    };
    resolveHttpAuthSchemeConfig = (config) => {
      const config_0 = resolveAwsSdkSigV4Config(config);
      return Object.assign(config_0, {
        authSchemePreference: normalizeProvider(config.authSchemePreference ?? [])
      });
    };
  }
});

// ../../node_modules/@aws-sdk/client-ecr/dist-es/endpoint/EndpointParameters.js
var resolveClientEndpointParameters, commonParams;
var init_EndpointParameters = __esm({
  "../../node_modules/@aws-sdk/client-ecr/dist-es/endpoint/EndpointParameters.js"() {
    "use strict";
    resolveClientEndpointParameters = (options) => {
      return Object.assign(options, {
        useDualstackEndpoint: options.useDualstackEndpoint ?? false,
        useFipsEndpoint: options.useFipsEndpoint ?? false,
        defaultSigningName: "ecr"
      });
    };
    commonParams = {
      UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
      Endpoint: { type: "builtInParams", name: "endpoint" },
      Region: { type: "builtInParams", name: "region" },
      UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" }
    };
  }
});

// ../../node_modules/@aws-sdk/client-ecr/package.json
var package_default;
var init_package = __esm({
  "../../node_modules/@aws-sdk/client-ecr/package.json"() {
    package_default = {
      name: "@aws-sdk/client-ecr",
      version: "3.1169.0",
      description: "AWS SDK for JavaScript Ecr Client for Node.js, Browser and React Native",
      homepage: "https://github.com/aws/aws-sdk-js-v3/tree/main/clients/client-ecr",
      license: "Apache-2.0",
      author: {
        name: "AWS SDK for JavaScript Team",
        url: "https://aws.amazon.com/sdk-for-javascript/"
      },
      repository: {
        type: "git",
        url: "https://github.com/aws/aws-sdk-js-v3.git",
        directory: "clients/client-ecr"
      },
      files: [
        "dist-*/**"
      ],
      sideEffects: false,
      main: "./dist-cjs/index.js",
      module: "./dist-es/index.js",
      browser: {
        "./dist-es/runtimeConfig": "./dist-es/runtimeConfig.browser"
      },
      types: "./dist-types/index.d.ts",
      typesVersions: {
        "<4.5": {
          "dist-types/*": [
            "dist-types/ts3.4/*"
          ]
        }
      },
      "react-native": {
        "./dist-es/runtimeConfig": "./dist-es/runtimeConfig.native"
      },
      scripts: {
        build: "concurrently 'yarn:build:types' 'yarn:build:es' && yarn build:cjs",
        "build:cjs": "node ../../scripts/compilation/inline",
        "build:es": "premove dist-es && tsc -p tsconfig.es.json",
        "build:include:deps": 'yarn g:turbo run build -F="$npm_package_name"',
        "build:types": "premove dist-types && tsc -p tsconfig.types.json",
        "build:types:downlevel": "downlevel-dts dist-types dist-types/ts3.4",
        clean: "premove dist-cjs dist-es dist-types",
        "extract:docs": "api-extractor run --local",
        "generate:client": "node ../../scripts/generate-clients/single-service",
        "test:e2e": "yarn g:vitest run -c vitest.config.e2e.mts",
        "test:e2e:watch": "yarn g:vitest watch -c vitest.config.e2e.mts",
        "test:index": "tsc -p tsconfig.test.json && node ./test/index-objects.spec.mjs"
      },
      dependencies: {
        "@aws-sdk/core": "^3.981.0",
        "@aws-sdk/credential-provider-node": "^3.972.97",
        "@aws-sdk/types": "^3.975.1",
        "@smithy/core": "^3.40.0",
        "@smithy/fetch-http-handler": "^5.8.1",
        "@smithy/node-http-handler": "^4.14.2",
        "@smithy/types": "^4.20.0",
        tslib: "^2.6.2"
      },
      devDependencies: {
        "@tsconfig/node20": "20.1.8",
        "@types/node": "^20.14.8",
        concurrently: "7.0.0",
        "downlevel-dts": "0.10.1",
        premove: "4.0.0",
        typescript: "~7.0.2"
      },
      engines: {
        node: ">=20.0.0"
      }
    };
  }
});

// ../../node_modules/@aws-sdk/credential-provider-node/dist-es/remoteProvider.js
var ENV_IMDS_DISABLED, remoteProvider;
var init_remoteProvider = __esm({
  "../../node_modules/@aws-sdk/credential-provider-node/dist-es/remoteProvider.js"() {
    "use strict";
    init_config();
    ENV_IMDS_DISABLED = "AWS_EC2_METADATA_DISABLED";
    remoteProvider = async (init) => {
      const { ENV_CMDS_FULL_URI, ENV_CMDS_RELATIVE_URI, fromContainerMetadata, fromInstanceMetadata } = await import("./dist-es-EKUQ6MEA.mjs");
      if (process.env[ENV_CMDS_RELATIVE_URI] || process.env[ENV_CMDS_FULL_URI]) {
        init.logger?.debug("@aws-sdk/credential-provider-node - remoteProvider::fromHttp/fromContainerMetadata");
        const { fromHttp } = await import("./dist-es-C635DMIP.mjs");
        return chain(fromHttp(init), fromContainerMetadata(init));
      }
      if (process.env[ENV_IMDS_DISABLED] && process.env[ENV_IMDS_DISABLED] !== "false") {
        return async () => {
          throw new CredentialsProviderError("EC2 Instance Metadata Service access disabled", { logger: init.logger });
        };
      }
      init.logger?.debug("@aws-sdk/credential-provider-node - remoteProvider::fromInstanceMetadata");
      return fromInstanceMetadata(init);
    };
  }
});

// ../../node_modules/@aws-sdk/credential-provider-node/dist-es/runtime/memoize-chain.js
function memoizeChain(providers, treatAsExpired) {
  const chain2 = internalCreateChain(providers);
  let activeLock;
  let passiveLock;
  let credentials;
  let forceRefreshLock;
  const provider = async (options) => {
    if (options?.forceRefresh) {
      if (!forceRefreshLock) {
        forceRefreshLock = chain2(options).then((c2) => {
          credentials = c2;
        }).finally(() => {
          forceRefreshLock = void 0;
        });
      }
      await forceRefreshLock;
      return credentials;
    }
    if (credentials?.expiration) {
      if (credentials?.expiration?.getTime() < Date.now()) {
        credentials = void 0;
      }
    }
    if (activeLock) {
      await activeLock;
    } else if (!credentials || treatAsExpired?.(credentials)) {
      if (credentials) {
        if (!passiveLock) {
          passiveLock = chain2(options).then((c2) => {
            credentials = c2;
          }).catch(() => {
          }).finally(() => {
            passiveLock = void 0;
          });
        }
      } else {
        activeLock = chain2(options).then((c2) => {
          credentials = c2;
        }).finally(() => {
          activeLock = void 0;
        });
        return provider(options);
      }
    }
    return credentials;
  };
  return provider;
}
var internalCreateChain;
var init_memoize_chain = __esm({
  "../../node_modules/@aws-sdk/credential-provider-node/dist-es/runtime/memoize-chain.js"() {
    "use strict";
    internalCreateChain = (providers) => async (awsIdentityProperties) => {
      let lastProviderError;
      for (const provider of providers) {
        try {
          return await provider(awsIdentityProperties);
        } catch (err2) {
          lastProviderError = err2;
          if (err2?.tryNextLink) {
            continue;
          }
          throw err2;
        }
      }
      throw lastProviderError;
    };
  }
});

// ../../node_modules/@aws-sdk/credential-provider-node/dist-es/defaultProvider.js
var multipleCredentialSourceWarningEmitted, defaultProvider, credentialsTreatedAsExpired;
var init_defaultProvider = __esm({
  "../../node_modules/@aws-sdk/credential-provider-node/dist-es/defaultProvider.js"() {
    "use strict";
    init_dist_es2();
    init_config();
    init_remoteProvider();
    init_memoize_chain();
    multipleCredentialSourceWarningEmitted = false;
    defaultProvider = (init = {}) => memoizeChain([
      async () => {
        const profile = init.profile ?? process.env[ENV_PROFILE];
        if (profile) {
          const envStaticCredentialsAreSet = process.env[ENV_KEY] && process.env[ENV_SECRET];
          if (envStaticCredentialsAreSet) {
            if (!multipleCredentialSourceWarningEmitted) {
              const warnFn = init.logger?.warn && init.logger?.constructor?.name !== "NoOpLogger" ? init.logger.warn.bind(init.logger) : console.warn;
              warnFn(`@aws-sdk/credential-provider-node - defaultProvider::fromEnv WARNING:
    Multiple credential sources detected: 
    Both AWS_PROFILE and the pair AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY static credentials are set.
    This SDK will proceed with the AWS_PROFILE value.
    
    However, a future version may change this behavior to prefer the ENV static credentials.
    Please ensure that your environment only sets either the AWS_PROFILE or the
    AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY pair.
`);
              multipleCredentialSourceWarningEmitted = true;
            }
          }
          throw new CredentialsProviderError("AWS_PROFILE is set, skipping fromEnv provider.", {
            logger: init.logger,
            tryNextLink: true
          });
        }
        init.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromEnv");
        return fromEnv(init)();
      },
      async (awsIdentityProperties) => {
        init.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromSSO");
        const { ssoStartUrl, ssoAccountId, ssoRegion, ssoRoleName, ssoSession } = init;
        if (!ssoStartUrl && !ssoAccountId && !ssoRegion && !ssoRoleName && !ssoSession) {
          throw new CredentialsProviderError("Skipping SSO provider in default chain (inputs do not include SSO fields).", { logger: init.logger });
        }
        const { fromSSO } = await import("./dist-es-HD7GXGTU.mjs");
        return fromSSO(init)(awsIdentityProperties);
      },
      async (awsIdentityProperties) => {
        init.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromIni");
        const { fromIni } = await import("./dist-es-WSTT5L3F.mjs");
        return fromIni(init)(awsIdentityProperties);
      },
      async (awsIdentityProperties) => {
        init.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromProcess");
        const { fromProcess } = await import("./dist-es-VB2P25RB.mjs");
        return fromProcess(init)(awsIdentityProperties);
      },
      async (awsIdentityProperties) => {
        init.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromTokenFile");
        const { fromTokenFile } = await import("./dist-es-C2QZ5A5C.mjs");
        return fromTokenFile(init)(awsIdentityProperties);
      },
      async () => {
        init.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::remoteProvider");
        return (await remoteProvider(init))();
      },
      async () => {
        throw new CredentialsProviderError("Could not load credentials from any providers", {
          tryNextLink: false,
          logger: init.logger
        });
      }
    ], credentialsTreatedAsExpired);
    credentialsTreatedAsExpired = (credentials) => credentials?.expiration !== void 0 && credentials.expiration.getTime() - Date.now() < 3e5;
  }
});

// ../../node_modules/@aws-sdk/credential-provider-node/dist-es/index.js
var init_dist_es4 = __esm({
  "../../node_modules/@aws-sdk/credential-provider-node/dist-es/index.js"() {
    "use strict";
    init_defaultProvider();
  }
});

// ../../node_modules/@aws-sdk/client-ecr/dist-es/endpoint/bdd.js
var m, a, b, c, d, e, f, g, h, i, j, k, l, _data, root, r, nodes, bdd;
var init_bdd = __esm({
  "../../node_modules/@aws-sdk/client-ecr/dist-es/endpoint/bdd.js"() {
    "use strict";
    init_endpoints();
    m = "ref";
    a = -1;
    b = true;
    c = "isSet";
    d = "PartitionResult";
    e = "stringEquals";
    f = "booleanEquals";
    g = "getAttr";
    h = { [m]: "Endpoint" };
    i = { "fn": g, "argv": [{ [m]: d }, "name"] };
    j = { [m]: d };
    k = {};
    l = [{ [m]: "Region" }];
    _data = {
      conditions: [
        [c, [h]],
        [c, l],
        ["aws.partition", l, d],
        [e, [i, "aws-eusc"]],
        [e, [i, "aws-iso-f"]],
        [e, [i, "aws-iso-e"]],
        [e, [i, "aws-iso-b"]],
        [e, [i, "aws-iso"]],
        [e, [i, "aws-cn"]],
        [e, [i, "aws-us-gov"]],
        [e, [i, "aws"]],
        [f, [{ [m]: "UseFIPS" }, b]],
        [f, [{ fn: g, argv: [j, "supportsFIPS"] }, b]],
        [f, [{ [m]: "UseDualStack" }, b]],
        [f, [{ fn: g, argv: [j, "supportsDualStack"] }, b]]
      ],
      results: [
        [a],
        [a, "Invalid Configuration: FIPS and custom endpoint are not supported"],
        [a, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
        [h, k],
        ["https://api.ecr.{Region}.{PartitionResult#dnsSuffix}", k],
        ["https://ecr.{Region}.{PartitionResult#dualStackDnsSuffix}", k],
        ["https://api.ecr-fips.{Region}.{PartitionResult#dnsSuffix}", k],
        ["https://ecr-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", k],
        ["https://api.ecr-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", k],
        [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
        [a, "FIPS is enabled but this partition does not support FIPS"],
        ["https://api.ecr.{Region}.{PartitionResult#dualStackDnsSuffix}", k],
        [a, "DualStack is enabled but this partition does not support DualStack"],
        [a, "Invalid Configuration: Missing Region"]
      ]
    };
    root = 2;
    r = 1e8;
    nodes = new Int32Array([
      -1,
      1,
      -1,
      0,
      23,
      3,
      1,
      4,
      r + 13,
      2,
      5,
      r + 13,
      3,
      20,
      6,
      4,
      20,
      7,
      5,
      20,
      8,
      6,
      20,
      9,
      7,
      20,
      10,
      8,
      20,
      11,
      9,
      20,
      12,
      10,
      20,
      13,
      11,
      16,
      14,
      13,
      15,
      r + 4,
      14,
      r + 11,
      r + 12,
      12,
      18,
      17,
      13,
      r + 9,
      r + 10,
      13,
      19,
      r + 6,
      14,
      r + 8,
      r + 9,
      11,
      22,
      21,
      13,
      r + 5,
      r + 4,
      13,
      r + 7,
      r + 6,
      11,
      r + 1,
      24,
      13,
      r + 2,
      r + 3
    ]);
    bdd = BinaryDecisionDiagram.from(nodes, root, _data.conditions, _data.results);
  }
});

// ../../node_modules/@aws-sdk/client-ecr/dist-es/endpoint/endpointResolver.js
var cache, defaultEndpointResolver;
var init_endpointResolver = __esm({
  "../../node_modules/@aws-sdk/client-ecr/dist-es/endpoint/endpointResolver.js"() {
    "use strict";
    init_client2();
    init_endpoints();
    init_bdd();
    cache = new EndpointCache({
      size: 50,
      params: ["Endpoint", "Region", "UseDualStack", "UseFIPS"]
    });
    defaultEndpointResolver = (endpointParams, context = {}) => {
      return cache.get(endpointParams, () => decideEndpoint(bdd, {
        endpointParams,
        logger: context.logger
      }));
    };
    customEndpointFunctions.aws = awsEndpointFunctions;
  }
});

// ../../node_modules/@aws-sdk/client-ecr/dist-es/models/ECRServiceException.js
var ECRServiceException;
var init_ECRServiceException = __esm({
  "../../node_modules/@aws-sdk/client-ecr/dist-es/models/ECRServiceException.js"() {
    "use strict";
    init_client();
    ECRServiceException = class _ECRServiceException extends ServiceException {
      static shapeId = "smithy.ts.sdk.synthetic.com.amazonaws.ecr#ECRServiceException";
      constructor(options) {
        super(options);
        Object.setPrototypeOf(this, _ECRServiceException.prototype);
      }
    };
  }
});

// ../../node_modules/@aws-sdk/client-ecr/dist-es/models/errors.js
var InvalidParameterException, RepositoryNotFoundException, ServerException, LimitExceededException, UnableToGetUpstreamImageException, ValidationException, EmptyUploadException, InvalidLayerException, KmsException, LayerAlreadyExistsException, LayerPartTooSmallException, UploadNotFoundException, PullThroughCacheRuleAlreadyExistsException, SecretNotFoundException, UnableToAccessSecretException, UnableToDecryptSecretValueException, UnsupportedUpstreamRegistryException, InvalidTagParameterException, RepositoryAlreadyExistsException, TooManyTagsException, TemplateAlreadyExistsException, LifecyclePolicyNotFoundException, PullThroughCacheRuleNotFoundException, RegistryPolicyNotFoundException, RepositoryNotEmptyException, TemplateNotFoundException, RepositoryPolicyNotFoundException, SigningConfigurationNotFoundException, ExclusionNotFoundException, ImageNotFoundException, ScanNotFoundException, ReplicationBackfillNotFoundException, LayerInaccessibleException, LayersNotFoundException, UnableToGetUpstreamLayerException, LifecyclePolicyPreviewNotFoundException, UnableToListUpstreamImageReferrersException, ImageAlreadyExistsException, ImageDigestDoesNotMatchException, ImageTagAlreadyExistsException, ReferencedImagesNotFoundException, BlockedByOrganizationPolicyException, ExclusionAlreadyExistsException, ImageArchivedException, UnsupportedImageTypeException, LifecyclePolicyPreviewInProgressException, ReplicationBackfillInProgressException, ReplicationBackfillInvalidStatusException, ImageStorageClassUpdateNotSupportedException, InvalidLayerPartException;
var init_errors = __esm({
  "../../node_modules/@aws-sdk/client-ecr/dist-es/models/errors.js"() {
    "use strict";
    init_ECRServiceException();
    InvalidParameterException = class _InvalidParameterException extends ECRServiceException {
      static shapeId = "com.amazonaws.ecr#InvalidParameterException";
      name = "InvalidParameterException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InvalidParameterException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidParameterException.prototype);
      }
    };
    RepositoryNotFoundException = class _RepositoryNotFoundException extends ECRServiceException {
      static shapeId = "com.amazonaws.ecr#RepositoryNotFoundException";
      name = "RepositoryNotFoundException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "RepositoryNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _RepositoryNotFoundException.prototype);
      }
    };
    ServerException = class _ServerException extends ECRServiceException {
      static shapeId = "com.amazonaws.ecr#ServerException";
      name = "ServerException";
      $fault = "server";
      constructor(opts) {
        super({
          name: "ServerException",
          $fault: "server",
          ...opts
        });
        Object.setPrototypeOf(this, _ServerException.prototype);
      }
    };
    LimitExceededException = class _LimitExceededException extends ECRServiceException {
      static shapeId = "com.amazonaws.ecr#LimitExceededException";
      name = "LimitExceededException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "LimitExceededException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _LimitExceededException.prototype);
      }
    };
    UnableToGetUpstreamImageException = class _UnableToGetUpstreamImageException extends ECRServiceException {
      static shapeId = "com.amazonaws.ecr#UnableToGetUpstreamImageException";
      name = "UnableToGetUpstreamImageException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "UnableToGetUpstreamImageException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _UnableToGetUpstreamImageException.prototype);
      }
    };
    ValidationException = class _ValidationException extends ECRServiceException {
      static shapeId = "com.amazonaws.ecr#ValidationException";
      name = "ValidationException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "ValidationException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ValidationException.prototype);
      }
    };
    EmptyUploadException = class _EmptyUploadException extends ECRServiceException {
      static shapeId = "com.amazonaws.ecr#EmptyUploadException";
      name = "EmptyUploadException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "EmptyUploadException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _EmptyUploadException.prototype);
      }
    };
    InvalidLayerException = class _InvalidLayerException extends ECRServiceException {
      static shapeId = "com.amazonaws.ecr#InvalidLayerException";
      name = "InvalidLayerException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InvalidLayerException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidLayerException.prototype);
      }
    };
    KmsException = class _KmsException extends ECRServiceException {
      static shapeId = "com.amazonaws.ecr#KmsException";
      name = "KmsException";
      $fault = "client";
      kmsError;
      constructor(opts) {
        super({
          name: "KmsException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _KmsException.prototype);
        this.kmsError = opts.kmsError;
      }
    };
    LayerAlreadyExistsException = class _LayerAlreadyExistsException extends ECRServiceException {
      static shapeId = "com.amazonaws.ecr#LayerAlreadyExistsException";
      name = "LayerAlreadyExistsException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "LayerAlreadyExistsException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _LayerAlreadyExistsException.prototype);
      }
    };
    LayerPartTooSmallException = class _LayerPartTooSmallException extends ECRServiceException {
      static shapeId = "com.amazonaws.ecr#LayerPartTooSmallException";
      name = "LayerPartTooSmallException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "LayerPartTooSmallException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _LayerPartTooSmallException.prototype);
      }
    };
    UploadNotFoundException = class _UploadNotFoundException extends ECRServiceException {
      static shapeId = "com.amazonaws.ecr#UploadNotFoundException";
      name = "UploadNotFoundException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "UploadNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _UploadNotFoundException.prototype);
      }
    };
    PullThroughCacheRuleAlreadyExistsException = class _PullThroughCacheRuleAlreadyExistsException extends ECRServiceException {
      static shapeId = "com.amazonaws.ecr#PullThroughCacheRuleAlreadyExistsException";
      name = "PullThroughCacheRuleAlreadyExistsException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "PullThroughCacheRuleAlreadyExistsException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _PullThroughCacheRuleAlreadyExistsException.prototype);
      }
    };
    SecretNotFoundException = class _SecretNotFoundException extends ECRServiceException {
      static shapeId = "com.amazonaws.ecr#SecretNotFoundException";
      name = "SecretNotFoundException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "SecretNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _SecretNotFoundException.prototype);
      }
    };
    UnableToAccessSecretException = class _UnableToAccessSecretException extends ECRServiceException {
      static shapeId = "com.amazonaws.ecr#UnableToAccessSecretException";
      name = "UnableToAccessSecretException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "UnableToAccessSecretException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _UnableToAccessSecretException.prototype);
      }
    };
    UnableToDecryptSecretValueException = class _UnableToDecryptSecretValueException extends ECRServiceException {
      static shapeId = "com.amazonaws.ecr#UnableToDecryptSecretValueException";
      name = "UnableToDecryptSecretValueException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "UnableToDecryptSecretValueException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _UnableToDecryptSecretValueException.prototype);
      }
    };
    UnsupportedUpstreamRegistryException = class _UnsupportedUpstreamRegistryException extends ECRServiceException {
      static shapeId = "com.amazonaws.ecr#UnsupportedUpstreamRegistryException";
      name = "UnsupportedUpstreamRegistryException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "UnsupportedUpstreamRegistryException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _UnsupportedUpstreamRegistryException.prototype);
      }
    };
    InvalidTagParameterException = class _InvalidTagParameterException extends ECRServiceException {
      static shapeId = "com.amazonaws.ecr#InvalidTagParameterException";
      name = "InvalidTagParameterException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InvalidTagParameterException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidTagParameterException.prototype);
      }
    };
    RepositoryAlreadyExistsException = class _RepositoryAlreadyExistsException extends ECRServiceException {
      static shapeId = "com.amazonaws.ecr#RepositoryAlreadyExistsException";
      name = "RepositoryAlreadyExistsException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "RepositoryAlreadyExistsException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _RepositoryAlreadyExistsException.prototype);
      }
    };
    TooManyTagsException = class _TooManyTagsException extends ECRServiceException {
      static shapeId = "com.amazonaws.ecr#TooManyTagsException";
      name = "TooManyTagsException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "TooManyTagsException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _TooManyTagsException.prototype);
      }
    };
    TemplateAlreadyExistsException = class _TemplateAlreadyExistsException extends ECRServiceException {
      static shapeId = "com.amazonaws.ecr#TemplateAlreadyExistsException";
      name = "TemplateAlreadyExistsException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "TemplateAlreadyExistsException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _TemplateAlreadyExistsException.prototype);
      }
    };
    LifecyclePolicyNotFoundException = class _LifecyclePolicyNotFoundException extends ECRServiceException {
      static shapeId = "com.amazonaws.ecr#LifecyclePolicyNotFoundException";
      name = "LifecyclePolicyNotFoundException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "LifecyclePolicyNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _LifecyclePolicyNotFoundException.prototype);
      }
    };
    PullThroughCacheRuleNotFoundException = class _PullThroughCacheRuleNotFoundException extends ECRServiceException {
      static shapeId = "com.amazonaws.ecr#PullThroughCacheRuleNotFoundException";
      name = "PullThroughCacheRuleNotFoundException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "PullThroughCacheRuleNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _PullThroughCacheRuleNotFoundException.prototype);
      }
    };
    RegistryPolicyNotFoundException = class _RegistryPolicyNotFoundException extends ECRServiceException {
      static shapeId = "com.amazonaws.ecr#RegistryPolicyNotFoundException";
      name = "RegistryPolicyNotFoundException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "RegistryPolicyNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _RegistryPolicyNotFoundException.prototype);
      }
    };
    RepositoryNotEmptyException = class _RepositoryNotEmptyException extends ECRServiceException {
      static shapeId = "com.amazonaws.ecr#RepositoryNotEmptyException";
      name = "RepositoryNotEmptyException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "RepositoryNotEmptyException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _RepositoryNotEmptyException.prototype);
      }
    };
    TemplateNotFoundException = class _TemplateNotFoundException extends ECRServiceException {
      static shapeId = "com.amazonaws.ecr#TemplateNotFoundException";
      name = "TemplateNotFoundException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "TemplateNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _TemplateNotFoundException.prototype);
      }
    };
    RepositoryPolicyNotFoundException = class _RepositoryPolicyNotFoundException extends ECRServiceException {
      static shapeId = "com.amazonaws.ecr#RepositoryPolicyNotFoundException";
      name = "RepositoryPolicyNotFoundException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "RepositoryPolicyNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _RepositoryPolicyNotFoundException.prototype);
      }
    };
    SigningConfigurationNotFoundException = class _SigningConfigurationNotFoundException extends ECRServiceException {
      static shapeId = "com.amazonaws.ecr#SigningConfigurationNotFoundException";
      name = "SigningConfigurationNotFoundException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "SigningConfigurationNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _SigningConfigurationNotFoundException.prototype);
      }
    };
    ExclusionNotFoundException = class _ExclusionNotFoundException extends ECRServiceException {
      static shapeId = "com.amazonaws.ecr#ExclusionNotFoundException";
      name = "ExclusionNotFoundException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "ExclusionNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ExclusionNotFoundException.prototype);
      }
    };
    ImageNotFoundException = class _ImageNotFoundException extends ECRServiceException {
      static shapeId = "com.amazonaws.ecr#ImageNotFoundException";
      name = "ImageNotFoundException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "ImageNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ImageNotFoundException.prototype);
      }
    };
    ScanNotFoundException = class _ScanNotFoundException extends ECRServiceException {
      static shapeId = "com.amazonaws.ecr#ScanNotFoundException";
      name = "ScanNotFoundException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "ScanNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ScanNotFoundException.prototype);
      }
    };
    ReplicationBackfillNotFoundException = class _ReplicationBackfillNotFoundException extends ECRServiceException {
      static shapeId = "com.amazonaws.ecr#ReplicationBackfillNotFoundException";
      name = "ReplicationBackfillNotFoundException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "ReplicationBackfillNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ReplicationBackfillNotFoundException.prototype);
      }
    };
    LayerInaccessibleException = class _LayerInaccessibleException extends ECRServiceException {
      static shapeId = "com.amazonaws.ecr#LayerInaccessibleException";
      name = "LayerInaccessibleException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "LayerInaccessibleException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _LayerInaccessibleException.prototype);
      }
    };
    LayersNotFoundException = class _LayersNotFoundException extends ECRServiceException {
      static shapeId = "com.amazonaws.ecr#LayersNotFoundException";
      name = "LayersNotFoundException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "LayersNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _LayersNotFoundException.prototype);
      }
    };
    UnableToGetUpstreamLayerException = class _UnableToGetUpstreamLayerException extends ECRServiceException {
      static shapeId = "com.amazonaws.ecr#UnableToGetUpstreamLayerException";
      name = "UnableToGetUpstreamLayerException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "UnableToGetUpstreamLayerException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _UnableToGetUpstreamLayerException.prototype);
      }
    };
    LifecyclePolicyPreviewNotFoundException = class _LifecyclePolicyPreviewNotFoundException extends ECRServiceException {
      static shapeId = "com.amazonaws.ecr#LifecyclePolicyPreviewNotFoundException";
      name = "LifecyclePolicyPreviewNotFoundException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "LifecyclePolicyPreviewNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _LifecyclePolicyPreviewNotFoundException.prototype);
      }
    };
    UnableToListUpstreamImageReferrersException = class _UnableToListUpstreamImageReferrersException extends ECRServiceException {
      static shapeId = "com.amazonaws.ecr#UnableToListUpstreamImageReferrersException";
      name = "UnableToListUpstreamImageReferrersException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "UnableToListUpstreamImageReferrersException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _UnableToListUpstreamImageReferrersException.prototype);
      }
    };
    ImageAlreadyExistsException = class _ImageAlreadyExistsException extends ECRServiceException {
      static shapeId = "com.amazonaws.ecr#ImageAlreadyExistsException";
      name = "ImageAlreadyExistsException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "ImageAlreadyExistsException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ImageAlreadyExistsException.prototype);
      }
    };
    ImageDigestDoesNotMatchException = class _ImageDigestDoesNotMatchException extends ECRServiceException {
      static shapeId = "com.amazonaws.ecr#ImageDigestDoesNotMatchException";
      name = "ImageDigestDoesNotMatchException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "ImageDigestDoesNotMatchException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ImageDigestDoesNotMatchException.prototype);
      }
    };
    ImageTagAlreadyExistsException = class _ImageTagAlreadyExistsException extends ECRServiceException {
      static shapeId = "com.amazonaws.ecr#ImageTagAlreadyExistsException";
      name = "ImageTagAlreadyExistsException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "ImageTagAlreadyExistsException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ImageTagAlreadyExistsException.prototype);
      }
    };
    ReferencedImagesNotFoundException = class _ReferencedImagesNotFoundException extends ECRServiceException {
      static shapeId = "com.amazonaws.ecr#ReferencedImagesNotFoundException";
      name = "ReferencedImagesNotFoundException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "ReferencedImagesNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ReferencedImagesNotFoundException.prototype);
      }
    };
    BlockedByOrganizationPolicyException = class _BlockedByOrganizationPolicyException extends ECRServiceException {
      static shapeId = "com.amazonaws.ecr#BlockedByOrganizationPolicyException";
      name = "BlockedByOrganizationPolicyException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "BlockedByOrganizationPolicyException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _BlockedByOrganizationPolicyException.prototype);
      }
    };
    ExclusionAlreadyExistsException = class _ExclusionAlreadyExistsException extends ECRServiceException {
      static shapeId = "com.amazonaws.ecr#ExclusionAlreadyExistsException";
      name = "ExclusionAlreadyExistsException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "ExclusionAlreadyExistsException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ExclusionAlreadyExistsException.prototype);
      }
    };
    ImageArchivedException = class _ImageArchivedException extends ECRServiceException {
      static shapeId = "com.amazonaws.ecr#ImageArchivedException";
      name = "ImageArchivedException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "ImageArchivedException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ImageArchivedException.prototype);
      }
    };
    UnsupportedImageTypeException = class _UnsupportedImageTypeException extends ECRServiceException {
      static shapeId = "com.amazonaws.ecr#UnsupportedImageTypeException";
      name = "UnsupportedImageTypeException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "UnsupportedImageTypeException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _UnsupportedImageTypeException.prototype);
      }
    };
    LifecyclePolicyPreviewInProgressException = class _LifecyclePolicyPreviewInProgressException extends ECRServiceException {
      static shapeId = "com.amazonaws.ecr#LifecyclePolicyPreviewInProgressException";
      name = "LifecyclePolicyPreviewInProgressException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "LifecyclePolicyPreviewInProgressException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _LifecyclePolicyPreviewInProgressException.prototype);
      }
    };
    ReplicationBackfillInProgressException = class _ReplicationBackfillInProgressException extends ECRServiceException {
      static shapeId = "com.amazonaws.ecr#ReplicationBackfillInProgressException";
      name = "ReplicationBackfillInProgressException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "ReplicationBackfillInProgressException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ReplicationBackfillInProgressException.prototype);
      }
    };
    ReplicationBackfillInvalidStatusException = class _ReplicationBackfillInvalidStatusException extends ECRServiceException {
      static shapeId = "com.amazonaws.ecr#ReplicationBackfillInvalidStatusException";
      name = "ReplicationBackfillInvalidStatusException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "ReplicationBackfillInvalidStatusException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ReplicationBackfillInvalidStatusException.prototype);
      }
    };
    ImageStorageClassUpdateNotSupportedException = class _ImageStorageClassUpdateNotSupportedException extends ECRServiceException {
      static shapeId = "com.amazonaws.ecr#ImageStorageClassUpdateNotSupportedException";
      name = "ImageStorageClassUpdateNotSupportedException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "ImageStorageClassUpdateNotSupportedException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ImageStorageClassUpdateNotSupportedException.prototype);
      }
    };
    InvalidLayerPartException = class _InvalidLayerPartException extends ECRServiceException {
      static shapeId = "com.amazonaws.ecr#InvalidLayerPartException";
      name = "InvalidLayerPartException";
      $fault = "client";
      registryId;
      repositoryName;
      uploadId;
      lastValidByteReceived;
      constructor(opts) {
        super({
          name: "InvalidLayerPartException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidLayerPartException.prototype);
        this.registryId = opts.registryId;
        this.repositoryName = opts.repositoryName;
        this.uploadId = opts.uploadId;
        this.lastValidByteReceived = opts.lastValidByteReceived;
      }
    };
  }
});

// ../../node_modules/@aws-sdk/client-ecr/dist-es/schemas/schemas_0.js
var _A, _AD, _ADL, _AECID, _AL, _BBOPE, _BCLA, _BCLAR, _BCLARa, _BDI, _BDIR, _BDIRa, _BGI, _BGIR, _BGIRa, _BGRSC, _BGRSCR, _BGRSCRa, _CLU, _CLUR, _CLURo, _CPTCR, _CPTCRR, _CPTCRRr, _CR, _CRCT, _CRCTR, _CRCTRr, _CRR, _CRRr, _CS, _CSA, _CSAL, _CSD, _CSL, _DI, _DIF, _DIR, _DIRS, _DIRSR, _DIRSRe, _DIRe, _DISF, _DISFR, _DISFRe, _DISS, _DISSR, _DISSRe, _DLP, _DLPR, _DLPRe, _DPTCR, _DPTCRR, _DPTCRRe, _DPTCRRes, _DPTCRResc, _DPTCRe, _DPTUE, _DPTUER, _DPTUERe, _DR, _DRBR, _DRBRR, _DRBRRe, _DRCT, _DRCTR, _DRCTRe, _DRCTRes, _DRCTResc, _DRCTe, _DRP, _DRPR, _DRPRe, _DRPRel, _DRPRele, _DRPe, _DRR, _DRRe, _DRRes, _DRResc, _DRRescr, _DRRescri, _DRe, _DRes, _DSC, _DSCR, _DSCRe, _EAEE, _EC, _ECFRCT, _EISF, _EISFL, _ENFE, _EUE, _GAS, _GASR, _GASRe, _GAT, _GATR, _GATRe, _GDUFL, _GDUFLR, _GDUFLRe, _GLP, _GLPP, _GLPPR, _GLPPRe, _GLPR, _GLPRe, _GRP, _GRPR, _GRPRe, _GRPRet, _GRPRete, _GRPe, _GRSC, _GRSCR, _GRSCRe, _GSC, _GSCR, _GSCRe, _I, _IAE, _IAEE, _ID, _IDDNME, _IDL, _IF, _IFL, _II, _IIL, _IL, _ILE, _ILPE, _ILU, _ILUR, _ILURn, _INFE, _IPE, _IR, _IRL, _IRS, _IRSL, _ISC, _ISCUNSE, _ISF, _ISFL, _ISFS, _ISFm, _ISS, _ISSL, _ISSm, _ITAEE, _ITMEF, _ITMEFm, _ITPE, _K, _KE, _L, _LAEE, _LEE, _LF, _LFL, _LI, _LIE, _LIF, _LIR, _LIRF, _LIRR, _LIRRi, _LIRi, _LIRis, _LL, _LNFE, _LPNFE, _LPPF, _LPPIPE, _LPPNFE, _LPPR, _LPPRL, _LPPS, _LPRA, _LPTSE, _LPTUE, _LPTUER, _LPTUERi, _LRB, _LRBR, _LRBRi, _LTFR, _LTFRR, _LTFRRi, _PAS, _PASR, _PASRu, _PI, _PIR, _PIRu, _PISC, _PISCR, _PISCRu, _PITM, _PITMR, _PITMRu, _PLP, _PLPR, _PLPRu, _PRC, _PRCR, _PRCRu, _PRP, _PRPR, _PRPRu, _PRSC, _PRSCR, _PRSCRu, _PSC, _PSCR, _PSCRu, _PTCR, _PTCRAEE, _PTCRL, _PTCRNFE, _PVD, _R, _RAEE, _RBIPE, _RBISE, _RBNFE, _RBP, _RBR, _RBRL, _RBS, _RBSL, _RC, _RCT, _RCTL, _RD, _RDL, _RDe, _RF, _RFL, _RINFE, _RL, _RLe, _RNEE, _RNFE, _RPNFE, _RPNFEe, _RPTUE, _RPTUER, _RPTUERe, _RR, _RRL, _RSC, _RSCF, _RSCFL, _RSCL, _RSCe, _RSR, _RSRL, _Re, _Rep, _Res, _SC, _SCNFE, _SD, _SE, _SI, _SIS, _SISR, _SISRt, _SLPP, _SLPPR, _SLPPRt, _SNFE, _SNFEe, _SR, _SRB, _SRBR, _SRBRt, _SRBRto, _SRBRtop, _SRBt, _SRF, _SRFL, _SRFLi, _SRFi, _SRL, _SRP, _SRPR, _SRPRe, _T, _TAEE, _TITC, _TITCr, _TL, _TMTE, _TNFE, _TR, _TRR, _TRRa, _UISC, _UISCR, _UISCRp, _UITE, _ULP, _ULPR, _ULPRp, _UNFE, _UPTCR, _UPTCRR, _UPTCRRp, _UR, _URCT, _URCTR, _URCTRp, _URR, _URRn, _UTASE, _UTDSVE, _UTGUIE, _UTGULE, _UTLUIRE, _UURE, _V, _VE, _VP, _VPL, _VPTCR, _VPTCRR, _VPTCRRa, _a, _aAI, _aD, _aECI, _aF, _aMT, _aMTr, _aRP, _aS, _aSF, _aT, _aTr, _aTrt, _ac, _ad, _an, _ar, _at, _au, _b, _bS, _c, _cA, _cAr, _cRA, _cRC, _cv, _d, _dU, _de, _des, _det, _di, _e, _eA, _eAn, _eAx, _eC, _eF, _eITC, _eRP, _eRPc, _eT, _ep, _f, _fA, _fAi, _fC, _fCa, _fIV, _fOA, _fP, _fR, _fRC, _fSC, _fT, _fa, _fi, _fin, _fo, _hE, _i, _iD, _iDm, _iH, _iI, _iIm, _iM, _iMMT, _iPA, _iS, _iSC, _iSCA, _iSF, _iSFS, _iSIB, _iSS, _iT, _iTC, _iTM, _iTMEF, _iTm, _iUC, _iV, _id, _im, _k, _kE, _kK, _l, _lA, _lAA, _lAAa, _lBR, _lD, _lDa, _lEA, _lIUA, _lOA, _lP, _lPB, _lPT, _lRPT, _lS, _lVBR, _m, _mR, _mT, _me, _n, _nT, _p, _pA, _pAr, _pE, _pFB, _pLB, _pM, _pR, _pS, _pT, _pTCR, _pTUE, _pVD, _pr, _pre, _pro, _r, _rA, _rAe, _rBI, _rC, _rCT, _rCTe, _rF, _rI, _rIe, _rN, _rNe, _rP, _rS, _rSC, _rSF, _rT, _rU, _rUe, _rV, _re, _rea, _rec, _ref, _reg, _rel, _rem, _rep, _res, _reso, _ru, _s, _sA, _sC, _sCc, _sCi, _sCt, _sD, _sF, _sI, _sIFC, _sLH, _sMD, _sOP, _sPA, _sS, _sSi, _sT, _sU, _sV, _sc, _se, _sev, _si, _so, _st, _su, _t, _tITC, _tK, _tRC, _tS, _tSC, _te, _ti, _ty, _u, _uA, _uI, _uR, _uRP, _uRU, _ur, _v, _vCA, _vI, _vP, _vS, _vSUA, _vUA, _ve, n0, _s_registry, ECRServiceException$, n0_registry, BlockedByOrganizationPolicyException$, EmptyUploadException$, ExclusionAlreadyExistsException$, ExclusionNotFoundException$, ImageAlreadyExistsException$, ImageArchivedException$, ImageDigestDoesNotMatchException$, ImageNotFoundException$, ImageStorageClassUpdateNotSupportedException$, ImageTagAlreadyExistsException$, InvalidLayerException$, InvalidLayerPartException$, InvalidParameterException$, InvalidTagParameterException$, KmsException$, LayerAlreadyExistsException$, LayerInaccessibleException$, LayerPartTooSmallException$, LayersNotFoundException$, LifecyclePolicyNotFoundException$, LifecyclePolicyPreviewInProgressException$, LifecyclePolicyPreviewNotFoundException$, LimitExceededException$, PullThroughCacheRuleAlreadyExistsException$, PullThroughCacheRuleNotFoundException$, ReferencedImagesNotFoundException$, RegistryPolicyNotFoundException$, ReplicationBackfillInProgressException$, ReplicationBackfillInvalidStatusException$, ReplicationBackfillNotFoundException$, RepositoryAlreadyExistsException$, RepositoryNotEmptyException$, RepositoryNotFoundException$, RepositoryPolicyNotFoundException$, ScanNotFoundException$, SecretNotFoundException$, ServerException$, SigningConfigurationNotFoundException$, TemplateAlreadyExistsException$, TemplateNotFoundException$, TooManyTagsException$, UnableToAccessSecretException$, UnableToDecryptSecretValueException$, UnableToGetUpstreamImageException$, UnableToGetUpstreamLayerException$, UnableToListUpstreamImageReferrersException$, UnsupportedImageTypeException$, UnsupportedUpstreamRegistryException$, UploadNotFoundException$, ValidationException$, errorTypeRegistries, Attribute$, AuthorizationData$, AwsEcrContainerImageDetails$, BatchCheckLayerAvailabilityRequest$, BatchCheckLayerAvailabilityResponse$, BatchDeleteImageRequest$, BatchDeleteImageResponse$, BatchGetImageRequest$, BatchGetImageResponse$, BatchGetRepositoryScanningConfigurationRequest$, BatchGetRepositoryScanningConfigurationResponse$, CompleteLayerUploadRequest$, CompleteLayerUploadResponse$, CreatePullThroughCacheRuleRequest$, CreatePullThroughCacheRuleResponse$, CreateRepositoryCreationTemplateRequest$, CreateRepositoryCreationTemplateResponse$, CreateRepositoryRequest$, CreateRepositoryResponse$, CvssScore$, CvssScoreAdjustment$, CvssScoreDetails$, DeleteLifecyclePolicyRequest$, DeleteLifecyclePolicyResponse$, DeletePullThroughCacheRuleRequest$, DeletePullThroughCacheRuleResponse$, DeleteRegistryPolicyRequest$, DeleteRegistryPolicyResponse$, DeleteRepositoryCreationTemplateRequest$, DeleteRepositoryCreationTemplateResponse$, DeleteRepositoryPolicyRequest$, DeleteRepositoryPolicyResponse$, DeleteRepositoryRequest$, DeleteRepositoryResponse$, DeleteSigningConfigurationRequest$, DeleteSigningConfigurationResponse$, DeregisterPullTimeUpdateExclusionRequest$, DeregisterPullTimeUpdateExclusionResponse$, DescribeImageReplicationStatusRequest$, DescribeImageReplicationStatusResponse$, DescribeImageScanFindingsRequest$, DescribeImageScanFindingsResponse$, DescribeImagesFilter$, DescribeImageSigningStatusRequest$, DescribeImageSigningStatusResponse$, DescribeImagesRequest$, DescribeImagesResponse$, DescribePullThroughCacheRulesRequest$, DescribePullThroughCacheRulesResponse$, DescribeRegistryRequest$, DescribeRegistryResponse$, DescribeReplicationBackfillResultsRequest$, DescribeReplicationBackfillResultsResponse$, DescribeRepositoriesRequest$, DescribeRepositoriesResponse$, DescribeRepositoryCreationTemplatesRequest$, DescribeRepositoryCreationTemplatesResponse$, EncryptionConfiguration$, EncryptionConfigurationForRepositoryCreationTemplate$, EnhancedImageScanFinding$, GetAccountSettingRequest$, GetAccountSettingResponse$, GetAuthorizationTokenRequest$, GetAuthorizationTokenResponse$, GetDownloadUrlForLayerRequest$, GetDownloadUrlForLayerResponse$, GetLifecyclePolicyPreviewRequest$, GetLifecyclePolicyPreviewResponse$, GetLifecyclePolicyRequest$, GetLifecyclePolicyResponse$, GetRegistryPolicyRequest$, GetRegistryPolicyResponse$, GetRegistryScanningConfigurationRequest$, GetRegistryScanningConfigurationResponse$, GetRepositoryPolicyRequest$, GetRepositoryPolicyResponse$, GetSigningConfigurationRequest$, GetSigningConfigurationResponse$, Image$, ImageDetail$, ImageFailure$, ImageIdentifier$, ImageReferrer$, ImageReplicationStatus$, ImageScanFinding$, ImageScanFindings$, ImageScanFindingsSummary$, ImageScanningConfiguration$, ImageScanStatus$, ImageSigningStatus$, ImageTagMutabilityExclusionFilter$, InitiateLayerUploadRequest$, InitiateLayerUploadResponse$, Layer$, LayerFailure$, LifecyclePolicyPreviewFilter$, LifecyclePolicyPreviewResult$, LifecyclePolicyPreviewSummary$, LifecyclePolicyRuleAction$, ListImageReferrersFilter$, ListImageReferrersRequest$, ListImageReferrersResponse$, ListImagesFilter$, ListImagesRequest$, ListImagesResponse$, ListPullTimeUpdateExclusionsRequest$, ListPullTimeUpdateExclusionsResponse$, ListReplicationBackfillsRequest$, ListReplicationBackfillsResponse$, ListTagsForResourceRequest$, ListTagsForResourceResponse$, PackageVulnerabilityDetails$, PullThroughCacheRule$, PutAccountSettingRequest$, PutAccountSettingResponse$, PutImageRequest$, PutImageResponse$, PutImageScanningConfigurationRequest$, PutImageScanningConfigurationResponse$, PutImageTagMutabilityRequest$, PutImageTagMutabilityResponse$, PutLifecyclePolicyRequest$, PutLifecyclePolicyResponse$, PutRegistryPolicyRequest$, PutRegistryPolicyResponse$, PutRegistryScanningConfigurationRequest$, PutRegistryScanningConfigurationResponse$, PutReplicationConfigurationRequest$, PutReplicationConfigurationResponse$, PutSigningConfigurationRequest$, PutSigningConfigurationResponse$, Recommendation$, RegisterPullTimeUpdateExclusionRequest$, RegisterPullTimeUpdateExclusionResponse$, RegistryScanningConfiguration$, RegistryScanningRule$, Remediation$, ReplicationBackfillProgress$, ReplicationBackfillResult$, ReplicationBackfillSummary$, ReplicationConfiguration$, ReplicationDestination$, ReplicationRule$, Repository$, RepositoryCreationTemplate$, RepositoryFilter$, RepositoryScanningConfiguration$, RepositoryScanningConfigurationFailure$, Resource$, ResourceDetails$, ScanningRepositoryFilter$, ScoreDetails$, SetRepositoryPolicyRequest$, SetRepositoryPolicyResponse$, SigningConfiguration$, SigningRepositoryFilter$, SigningRule$, StartImageScanRequest$, StartImageScanResponse$, StartLifecyclePolicyPreviewRequest$, StartLifecyclePolicyPreviewResponse$, StartReplicationBackfillRequest$, StartReplicationBackfillResponse$, StopReplicationBackfillRequest$, StopReplicationBackfillResponse$, SubjectIdentifier$, Tag$, TagResourceRequest$, TagResourceResponse$, TransitioningImageTotalCount$, UntagResourceRequest$, UntagResourceResponse$, UpdateImageStorageClassRequest$, UpdateImageStorageClassResponse$, UpdatePullThroughCacheRuleRequest$, UpdatePullThroughCacheRuleResponse$, UpdateRepositoryCreationTemplateRequest$, UpdateRepositoryCreationTemplateResponse$, UploadLayerPartRequest$, UploadLayerPartResponse$, ValidatePullThroughCacheRuleRequest$, ValidatePullThroughCacheRuleResponse$, VulnerablePackage$, ArtifactTypeList, AttributeList, AuthorizationDataList, BatchedOperationLayerDigestList, CvssScoreAdjustmentList, CvssScoreList, EnhancedImageScanFindingList, GetAuthorizationTokenRegistryIdList, ImageDetailList, ImageFailureList, ImageIdentifierList, ImageList, ImageReferrerList, ImageReplicationStatusList, ImageScanFindingList, ImageSigningStatusList, ImageTagList, ImageTagMutabilityExclusionFilters, ImageTagsList, LayerDigestList, LayerFailureList, LayerList, LifecyclePolicyPreviewResultList, MediaTypeList, PrefixList, PullThroughCacheRuleList, PullThroughCacheRuleRepositoryPrefixList, PullTimeUpdateExclusionList, RCTAppliedForList, ReferenceUrlsList, RegistryScanningRuleList, RelatedVulnerabilitiesList, ReplicationBackfillResultList, ReplicationBackfillSummaryList, ReplicationDestinationList, ReplicationErrorList, ReplicationRuleList, RepositoryCreationTemplateList, RepositoryFilterList, RepositoryList, RepositoryNameList, RepositoryScanningConfigurationFailureList, RepositoryScanningConfigurationList, ResourceList, ScanningConfigurationRepositoryNameList, ScanningRepositoryFilterList, SigningRepositoryFilterList, SigningRuleList, TagKeyList, TagList, TransitioningImageTotalCounts, VulnerablePackagesList, Annotations, FindingSeverityCounts, Tags, BatchCheckLayerAvailability$, BatchDeleteImage$, BatchGetImage$, BatchGetRepositoryScanningConfiguration$, CompleteLayerUpload$, CreatePullThroughCacheRule$, CreateRepository$, CreateRepositoryCreationTemplate$, DeleteLifecyclePolicy$, DeletePullThroughCacheRule$, DeleteRegistryPolicy$, DeleteRepository$, DeleteRepositoryCreationTemplate$, DeleteRepositoryPolicy$, DeleteSigningConfiguration$, DeregisterPullTimeUpdateExclusion$, DescribeImageReplicationStatus$, DescribeImages$, DescribeImageScanFindings$, DescribeImageSigningStatus$, DescribePullThroughCacheRules$, DescribeRegistry$, DescribeReplicationBackfillResults$, DescribeRepositories$, DescribeRepositoryCreationTemplates$, GetAccountSetting$, GetAuthorizationToken$, GetDownloadUrlForLayer$, GetLifecyclePolicy$, GetLifecyclePolicyPreview$, GetRegistryPolicy$, GetRegistryScanningConfiguration$, GetRepositoryPolicy$, GetSigningConfiguration$, InitiateLayerUpload$, ListImageReferrers$, ListImages$, ListPullTimeUpdateExclusions$, ListReplicationBackfills$, ListTagsForResource$, PutAccountSetting$, PutImage$, PutImageScanningConfiguration$, PutImageTagMutability$, PutLifecyclePolicy$, PutRegistryPolicy$, PutRegistryScanningConfiguration$, PutReplicationConfiguration$, PutSigningConfiguration$, RegisterPullTimeUpdateExclusion$, SetRepositoryPolicy$, StartImageScan$, StartLifecyclePolicyPreview$, StartReplicationBackfill$, StopReplicationBackfill$, TagResource$, UntagResource$, UpdateImageStorageClass$, UpdatePullThroughCacheRule$, UpdateRepositoryCreationTemplate$, UploadLayerPart$, ValidatePullThroughCacheRule$;
var init_schemas_0 = __esm({
  "../../node_modules/@aws-sdk/client-ecr/dist-es/schemas/schemas_0.js"() {
    "use strict";
    init_schema();
    init_ECRServiceException();
    init_errors();
    _A = "Attribute";
    _AD = "AuthorizationData";
    _ADL = "AuthorizationDataList";
    _AECID = "AwsEcrContainerImageDetails";
    _AL = "AttributeList";
    _BBOPE = "BlockedByOrganizationPolicyException";
    _BCLA = "BatchCheckLayerAvailability";
    _BCLAR = "BatchCheckLayerAvailabilityRequest";
    _BCLARa = "BatchCheckLayerAvailabilityResponse";
    _BDI = "BatchDeleteImage";
    _BDIR = "BatchDeleteImageRequest";
    _BDIRa = "BatchDeleteImageResponse";
    _BGI = "BatchGetImage";
    _BGIR = "BatchGetImageRequest";
    _BGIRa = "BatchGetImageResponse";
    _BGRSC = "BatchGetRepositoryScanningConfiguration";
    _BGRSCR = "BatchGetRepositoryScanningConfigurationRequest";
    _BGRSCRa = "BatchGetRepositoryScanningConfigurationResponse";
    _CLU = "CompleteLayerUpload";
    _CLUR = "CompleteLayerUploadRequest";
    _CLURo = "CompleteLayerUploadResponse";
    _CPTCR = "CreatePullThroughCacheRule";
    _CPTCRR = "CreatePullThroughCacheRuleRequest";
    _CPTCRRr = "CreatePullThroughCacheRuleResponse";
    _CR = "CreateRepository";
    _CRCT = "CreateRepositoryCreationTemplate";
    _CRCTR = "CreateRepositoryCreationTemplateRequest";
    _CRCTRr = "CreateRepositoryCreationTemplateResponse";
    _CRR = "CreateRepositoryRequest";
    _CRRr = "CreateRepositoryResponse";
    _CS = "CvssScore";
    _CSA = "CvssScoreAdjustment";
    _CSAL = "CvssScoreAdjustmentList";
    _CSD = "CvssScoreDetails";
    _CSL = "CvssScoreList";
    _DI = "DescribeImages";
    _DIF = "DescribeImagesFilter";
    _DIR = "DescribeImagesRequest";
    _DIRS = "DescribeImageReplicationStatus";
    _DIRSR = "DescribeImageReplicationStatusRequest";
    _DIRSRe = "DescribeImageReplicationStatusResponse";
    _DIRe = "DescribeImagesResponse";
    _DISF = "DescribeImageScanFindings";
    _DISFR = "DescribeImageScanFindingsRequest";
    _DISFRe = "DescribeImageScanFindingsResponse";
    _DISS = "DescribeImageSigningStatus";
    _DISSR = "DescribeImageSigningStatusRequest";
    _DISSRe = "DescribeImageSigningStatusResponse";
    _DLP = "DeleteLifecyclePolicy";
    _DLPR = "DeleteLifecyclePolicyRequest";
    _DLPRe = "DeleteLifecyclePolicyResponse";
    _DPTCR = "DeletePullThroughCacheRule";
    _DPTCRR = "DeletePullThroughCacheRuleRequest";
    _DPTCRRe = "DeletePullThroughCacheRuleResponse";
    _DPTCRRes = "DescribePullThroughCacheRulesRequest";
    _DPTCRResc = "DescribePullThroughCacheRulesResponse";
    _DPTCRe = "DescribePullThroughCacheRules";
    _DPTUE = "DeregisterPullTimeUpdateExclusion";
    _DPTUER = "DeregisterPullTimeUpdateExclusionRequest";
    _DPTUERe = "DeregisterPullTimeUpdateExclusionResponse";
    _DR = "DeleteRepository";
    _DRBR = "DescribeReplicationBackfillResults";
    _DRBRR = "DescribeReplicationBackfillResultsRequest";
    _DRBRRe = "DescribeReplicationBackfillResultsResponse";
    _DRCT = "DeleteRepositoryCreationTemplate";
    _DRCTR = "DeleteRepositoryCreationTemplateRequest";
    _DRCTRe = "DeleteRepositoryCreationTemplateResponse";
    _DRCTRes = "DescribeRepositoryCreationTemplatesRequest";
    _DRCTResc = "DescribeRepositoryCreationTemplatesResponse";
    _DRCTe = "DescribeRepositoryCreationTemplates";
    _DRP = "DeleteRegistryPolicy";
    _DRPR = "DeleteRegistryPolicyRequest";
    _DRPRe = "DeleteRegistryPolicyResponse";
    _DRPRel = "DeleteRepositoryPolicyRequest";
    _DRPRele = "DeleteRepositoryPolicyResponse";
    _DRPe = "DeleteRepositoryPolicy";
    _DRR = "DeleteRepositoryRequest";
    _DRRe = "DeleteRepositoryResponse";
    _DRRes = "DescribeRegistryRequest";
    _DRResc = "DescribeRegistryResponse";
    _DRRescr = "DescribeRepositoriesRequest";
    _DRRescri = "DescribeRepositoriesResponse";
    _DRe = "DescribeRegistry";
    _DRes = "DescribeRepositories";
    _DSC = "DeleteSigningConfiguration";
    _DSCR = "DeleteSigningConfigurationRequest";
    _DSCRe = "DeleteSigningConfigurationResponse";
    _EAEE = "ExclusionAlreadyExistsException";
    _EC = "EncryptionConfiguration";
    _ECFRCT = "EncryptionConfigurationForRepositoryCreationTemplate";
    _EISF = "EnhancedImageScanFinding";
    _EISFL = "EnhancedImageScanFindingList";
    _ENFE = "ExclusionNotFoundException";
    _EUE = "EmptyUploadException";
    _GAS = "GetAccountSetting";
    _GASR = "GetAccountSettingRequest";
    _GASRe = "GetAccountSettingResponse";
    _GAT = "GetAuthorizationToken";
    _GATR = "GetAuthorizationTokenRequest";
    _GATRe = "GetAuthorizationTokenResponse";
    _GDUFL = "GetDownloadUrlForLayer";
    _GDUFLR = "GetDownloadUrlForLayerRequest";
    _GDUFLRe = "GetDownloadUrlForLayerResponse";
    _GLP = "GetLifecyclePolicy";
    _GLPP = "GetLifecyclePolicyPreview";
    _GLPPR = "GetLifecyclePolicyPreviewRequest";
    _GLPPRe = "GetLifecyclePolicyPreviewResponse";
    _GLPR = "GetLifecyclePolicyRequest";
    _GLPRe = "GetLifecyclePolicyResponse";
    _GRP = "GetRegistryPolicy";
    _GRPR = "GetRegistryPolicyRequest";
    _GRPRe = "GetRegistryPolicyResponse";
    _GRPRet = "GetRepositoryPolicyRequest";
    _GRPRete = "GetRepositoryPolicyResponse";
    _GRPe = "GetRepositoryPolicy";
    _GRSC = "GetRegistryScanningConfiguration";
    _GRSCR = "GetRegistryScanningConfigurationRequest";
    _GRSCRe = "GetRegistryScanningConfigurationResponse";
    _GSC = "GetSigningConfiguration";
    _GSCR = "GetSigningConfigurationRequest";
    _GSCRe = "GetSigningConfigurationResponse";
    _I = "Image";
    _IAE = "ImageArchivedException";
    _IAEE = "ImageAlreadyExistsException";
    _ID = "ImageDetail";
    _IDDNME = "ImageDigestDoesNotMatchException";
    _IDL = "ImageDetailList";
    _IF = "ImageFailure";
    _IFL = "ImageFailureList";
    _II = "ImageIdentifier";
    _IIL = "ImageIdentifierList";
    _IL = "ImageList";
    _ILE = "InvalidLayerException";
    _ILPE = "InvalidLayerPartException";
    _ILU = "InitiateLayerUpload";
    _ILUR = "InitiateLayerUploadRequest";
    _ILURn = "InitiateLayerUploadResponse";
    _INFE = "ImageNotFoundException";
    _IPE = "InvalidParameterException";
    _IR = "ImageReferrer";
    _IRL = "ImageReferrerList";
    _IRS = "ImageReplicationStatus";
    _IRSL = "ImageReplicationStatusList";
    _ISC = "ImageScanningConfiguration";
    _ISCUNSE = "ImageStorageClassUpdateNotSupportedException";
    _ISF = "ImageScanFinding";
    _ISFL = "ImageScanFindingList";
    _ISFS = "ImageScanFindingsSummary";
    _ISFm = "ImageScanFindings";
    _ISS = "ImageScanStatus";
    _ISSL = "ImageSigningStatusList";
    _ISSm = "ImageSigningStatus";
    _ITAEE = "ImageTagAlreadyExistsException";
    _ITMEF = "ImageTagMutabilityExclusionFilter";
    _ITMEFm = "ImageTagMutabilityExclusionFilters";
    _ITPE = "InvalidTagParameterException";
    _K = "Key";
    _KE = "KmsException";
    _L = "Layer";
    _LAEE = "LayerAlreadyExistsException";
    _LEE = "LimitExceededException";
    _LF = "LayerFailure";
    _LFL = "LayerFailureList";
    _LI = "ListImages";
    _LIE = "LayerInaccessibleException";
    _LIF = "ListImagesFilter";
    _LIR = "ListImagesRequest";
    _LIRF = "ListImageReferrersFilter";
    _LIRR = "ListImageReferrersRequest";
    _LIRRi = "ListImageReferrersResponse";
    _LIRi = "ListImagesResponse";
    _LIRis = "ListImageReferrers";
    _LL = "LayerList";
    _LNFE = "LayersNotFoundException";
    _LPNFE = "LifecyclePolicyNotFoundException";
    _LPPF = "LifecyclePolicyPreviewFilter";
    _LPPIPE = "LifecyclePolicyPreviewInProgressException";
    _LPPNFE = "LifecyclePolicyPreviewNotFoundException";
    _LPPR = "LifecyclePolicyPreviewResult";
    _LPPRL = "LifecyclePolicyPreviewResultList";
    _LPPS = "LifecyclePolicyPreviewSummary";
    _LPRA = "LifecyclePolicyRuleAction";
    _LPTSE = "LayerPartTooSmallException";
    _LPTUE = "ListPullTimeUpdateExclusions";
    _LPTUER = "ListPullTimeUpdateExclusionsRequest";
    _LPTUERi = "ListPullTimeUpdateExclusionsResponse";
    _LRB = "ListReplicationBackfills";
    _LRBR = "ListReplicationBackfillsRequest";
    _LRBRi = "ListReplicationBackfillsResponse";
    _LTFR = "ListTagsForResource";
    _LTFRR = "ListTagsForResourceRequest";
    _LTFRRi = "ListTagsForResourceResponse";
    _PAS = "PutAccountSetting";
    _PASR = "PutAccountSettingRequest";
    _PASRu = "PutAccountSettingResponse";
    _PI = "PutImage";
    _PIR = "PutImageRequest";
    _PIRu = "PutImageResponse";
    _PISC = "PutImageScanningConfiguration";
    _PISCR = "PutImageScanningConfigurationRequest";
    _PISCRu = "PutImageScanningConfigurationResponse";
    _PITM = "PutImageTagMutability";
    _PITMR = "PutImageTagMutabilityRequest";
    _PITMRu = "PutImageTagMutabilityResponse";
    _PLP = "PutLifecyclePolicy";
    _PLPR = "PutLifecyclePolicyRequest";
    _PLPRu = "PutLifecyclePolicyResponse";
    _PRC = "PutReplicationConfiguration";
    _PRCR = "PutReplicationConfigurationRequest";
    _PRCRu = "PutReplicationConfigurationResponse";
    _PRP = "PutRegistryPolicy";
    _PRPR = "PutRegistryPolicyRequest";
    _PRPRu = "PutRegistryPolicyResponse";
    _PRSC = "PutRegistryScanningConfiguration";
    _PRSCR = "PutRegistryScanningConfigurationRequest";
    _PRSCRu = "PutRegistryScanningConfigurationResponse";
    _PSC = "PutSigningConfiguration";
    _PSCR = "PutSigningConfigurationRequest";
    _PSCRu = "PutSigningConfigurationResponse";
    _PTCR = "PullThroughCacheRule";
    _PTCRAEE = "PullThroughCacheRuleAlreadyExistsException";
    _PTCRL = "PullThroughCacheRuleList";
    _PTCRNFE = "PullThroughCacheRuleNotFoundException";
    _PVD = "PackageVulnerabilityDetails";
    _R = "Recommendation";
    _RAEE = "RepositoryAlreadyExistsException";
    _RBIPE = "ReplicationBackfillInProgressException";
    _RBISE = "ReplicationBackfillInvalidStatusException";
    _RBNFE = "ReplicationBackfillNotFoundException";
    _RBP = "ReplicationBackfillProgress";
    _RBR = "ReplicationBackfillResult";
    _RBRL = "ReplicationBackfillResultList";
    _RBS = "ReplicationBackfillSummary";
    _RBSL = "ReplicationBackfillSummaryList";
    _RC = "ReplicationConfiguration";
    _RCT = "RepositoryCreationTemplate";
    _RCTL = "RepositoryCreationTemplateList";
    _RD = "ReplicationDestination";
    _RDL = "ReplicationDestinationList";
    _RDe = "ResourceDetails";
    _RF = "RepositoryFilter";
    _RFL = "RepositoryFilterList";
    _RINFE = "ReferencedImagesNotFoundException";
    _RL = "RepositoryList";
    _RLe = "ResourceList";
    _RNEE = "RepositoryNotEmptyException";
    _RNFE = "RepositoryNotFoundException";
    _RPNFE = "RegistryPolicyNotFoundException";
    _RPNFEe = "RepositoryPolicyNotFoundException";
    _RPTUE = "RegisterPullTimeUpdateExclusion";
    _RPTUER = "RegisterPullTimeUpdateExclusionRequest";
    _RPTUERe = "RegisterPullTimeUpdateExclusionResponse";
    _RR = "ReplicationRule";
    _RRL = "ReplicationRuleList";
    _RSC = "RegistryScanningConfiguration";
    _RSCF = "RepositoryScanningConfigurationFailure";
    _RSCFL = "RepositoryScanningConfigurationFailureList";
    _RSCL = "RepositoryScanningConfigurationList";
    _RSCe = "RepositoryScanningConfiguration";
    _RSR = "RegistryScanningRule";
    _RSRL = "RegistryScanningRuleList";
    _Re = "Remediation";
    _Rep = "Repository";
    _Res = "Resource";
    _SC = "SigningConfiguration";
    _SCNFE = "SigningConfigurationNotFoundException";
    _SD = "ScoreDetails";
    _SE = "ServerException";
    _SI = "SubjectIdentifier";
    _SIS = "StartImageScan";
    _SISR = "StartImageScanRequest";
    _SISRt = "StartImageScanResponse";
    _SLPP = "StartLifecyclePolicyPreview";
    _SLPPR = "StartLifecyclePolicyPreviewRequest";
    _SLPPRt = "StartLifecyclePolicyPreviewResponse";
    _SNFE = "ScanNotFoundException";
    _SNFEe = "SecretNotFoundException";
    _SR = "SigningRule";
    _SRB = "StartReplicationBackfill";
    _SRBR = "StartReplicationBackfillRequest";
    _SRBRt = "StartReplicationBackfillResponse";
    _SRBRto = "StopReplicationBackfillRequest";
    _SRBRtop = "StopReplicationBackfillResponse";
    _SRBt = "StopReplicationBackfill";
    _SRF = "ScanningRepositoryFilter";
    _SRFL = "ScanningRepositoryFilterList";
    _SRFLi = "SigningRepositoryFilterList";
    _SRFi = "SigningRepositoryFilter";
    _SRL = "SigningRuleList";
    _SRP = "SetRepositoryPolicy";
    _SRPR = "SetRepositoryPolicyRequest";
    _SRPRe = "SetRepositoryPolicyResponse";
    _T = "Tag";
    _TAEE = "TemplateAlreadyExistsException";
    _TITC = "TransitioningImageTotalCount";
    _TITCr = "TransitioningImageTotalCounts";
    _TL = "TagList";
    _TMTE = "TooManyTagsException";
    _TNFE = "TemplateNotFoundException";
    _TR = "TagResource";
    _TRR = "TagResourceRequest";
    _TRRa = "TagResourceResponse";
    _UISC = "UpdateImageStorageClass";
    _UISCR = "UpdateImageStorageClassRequest";
    _UISCRp = "UpdateImageStorageClassResponse";
    _UITE = "UnsupportedImageTypeException";
    _ULP = "UploadLayerPart";
    _ULPR = "UploadLayerPartRequest";
    _ULPRp = "UploadLayerPartResponse";
    _UNFE = "UploadNotFoundException";
    _UPTCR = "UpdatePullThroughCacheRule";
    _UPTCRR = "UpdatePullThroughCacheRuleRequest";
    _UPTCRRp = "UpdatePullThroughCacheRuleResponse";
    _UR = "UntagResource";
    _URCT = "UpdateRepositoryCreationTemplate";
    _URCTR = "UpdateRepositoryCreationTemplateRequest";
    _URCTRp = "UpdateRepositoryCreationTemplateResponse";
    _URR = "UntagResourceRequest";
    _URRn = "UntagResourceResponse";
    _UTASE = "UnableToAccessSecretException";
    _UTDSVE = "UnableToDecryptSecretValueException";
    _UTGUIE = "UnableToGetUpstreamImageException";
    _UTGULE = "UnableToGetUpstreamLayerException";
    _UTLUIRE = "UnableToListUpstreamImageReferrersException";
    _UURE = "UnsupportedUpstreamRegistryException";
    _V = "Value";
    _VE = "ValidationException";
    _VP = "VulnerablePackage";
    _VPL = "VulnerablePackagesList";
    _VPTCR = "ValidatePullThroughCacheRule";
    _VPTCRR = "ValidatePullThroughCacheRuleRequest";
    _VPTCRRa = "ValidatePullThroughCacheRuleResponse";
    _a = "architecture";
    _aAI = "awsAccountId";
    _aD = "authorizationData";
    _aECI = "awsEcrContainerImage";
    _aF = "appliedFor";
    _aMT = "acceptedMediaTypes";
    _aMTr = "artifactMediaType";
    _aRP = "appliedRulePriority";
    _aS = "artifactStatus";
    _aSF = "appliedScanFilters";
    _aT = "authorizationToken";
    _aTr = "artifactType";
    _aTrt = "artifactTypes";
    _ac = "action";
    _ad = "adjustments";
    _an = "annotations";
    _ar = "arch";
    _at = "attributes";
    _au = "author";
    _b = "backfills";
    _bS = "baseScore";
    _c = "client";
    _cA = "credentialArn";
    _cAr = "createdAt";
    _cRA = "customRoleArn";
    _cRC = "completedReplicationCount";
    _cv = "cvss";
    _d = "description";
    _dU = "downloadUrl";
    _de = "destination";
    _des = "destinations";
    _det = "details";
    _di = "digest";
    _e = "error";
    _eA = "expiresAt";
    _eAn = "endedAt";
    _eAx = "exploitAvailable";
    _eC = "encryptionConfiguration";
    _eF = "enhancedFindings";
    _eITC = "expiringImageTotalCount";
    _eRP = "ecrRepositoryPrefix";
    _eRPc = "ecrRepositoryPrefixes";
    _eT = "encryptionType";
    _ep = "epoch";
    _f = "failures";
    _fA = "findingArn";
    _fAi = "fixAvailable";
    _fC = "failureCode";
    _fCa = "failureCodes";
    _fIV = "fixedInVersion";
    _fOA = "firstObservedAt";
    _fP = "filePath";
    _fR = "failureReason";
    _fRC = "failedReplicationCount";
    _fSC = "findingSeverityCounts";
    _fT = "filterType";
    _fa = "failure";
    _fi = "filter";
    _fin = "findings";
    _fo = "force";
    _hE = "httpError";
    _i = "images";
    _iD = "imageDetails";
    _iDm = "imageDigest";
    _iH = "imageHash";
    _iI = "imageIds";
    _iIm = "imageId";
    _iM = "imageManifest";
    _iMMT = "imageManifestMediaType";
    _iPA = "imagePushedAt";
    _iS = "imageStatus";
    _iSC = "imageScanningConfiguration";
    _iSCA = "imageScanCompletedAt";
    _iSF = "imageScanFindings";
    _iSFS = "imageScanFindingsSummary";
    _iSIB = "imageSizeInBytes";
    _iSS = "imageScanStatus";
    _iT = "imageTags";
    _iTC = "imageTotalCount";
    _iTM = "imageTagMutability";
    _iTMEF = "imageTagMutabilityExclusionFilters";
    _iTm = "imageTag";
    _iUC = "inUseCount";
    _iV = "isValid";
    _id = "id";
    _im = "image";
    _k = "key";
    _kE = "kmsError";
    _kK = "kmsKey";
    _l = "layers";
    _lA = "layerAvailability";
    _lAA = "lastArchivedAt";
    _lAAa = "lastActivatedAt";
    _lBR = "lastByteReceived";
    _lD = "layerDigests";
    _lDa = "layerDigest";
    _lEA = "lastEvaluatedAt";
    _lIUA = "lastInUseAt";
    _lOA = "lastObservedAt";
    _lP = "lifecyclePolicy";
    _lPB = "layerPartBlob";
    _lPT = "lifecyclePolicyText";
    _lRPT = "lastRecordedPullTime";
    _lS = "layerSize";
    _lVBR = "lastValidByteReceived";
    _m = "message";
    _mR = "maxResults";
    _mT = "mediaType";
    _me = "metric";
    _n = "name";
    _nT = "nextToken";
    _p = "platform";
    _pA = "pushedAt";
    _pAr = "principalArn";
    _pE = "proxyEndpoint";
    _pFB = "partFirstByte";
    _pLB = "partLastByte";
    _pM = "packageManager";
    _pR = "previewResults";
    _pS = "partSize";
    _pT = "policyText";
    _pTCR = "pullThroughCacheRules";
    _pTUE = "pullTimeUpdateExclusions";
    _pVD = "packageVulnerabilityDetails";
    _pr = "prefix";
    _pre = "prefixes";
    _pro = "progress";
    _r = "registry";
    _rA = "resourceArn";
    _rAe = "repositoryArn";
    _rBI = "replicationBackfillId";
    _rC = "replicationConfiguration";
    _rCT = "repositoryCreationTemplate";
    _rCTe = "repositoryCreationTemplates";
    _rF = "repositoryFilters";
    _rI = "registryId";
    _rIe = "registryIds";
    _rN = "repositoryName";
    _rNe = "repositoryNames";
    _rP = "repositoryPolicy";
    _rS = "replicationStatuses";
    _rSC = "registryScanningConfiguration";
    _rSF = "resultStatusFilter";
    _rT = "resourceTags";
    _rU = "referenceUrls";
    _rUe = "repositoryUri";
    _rV = "relatedVulnerabilities";
    _re = "repository";
    _rea = "reason";
    _rec = "recommendation";
    _ref = "referrers";
    _reg = "region";
    _rel = "release";
    _rem = "remediation";
    _rep = "repositories";
    _res = "results";
    _reso = "resources";
    _ru = "rules";
    _s = "smithy.ts.sdk.synthetic.com.amazonaws.ecr";
    _sA = "startedAt";
    _sC = "scanningConfigurations";
    _sCc = "scanningConfiguration";
    _sCi = "signingConfiguration";
    _sCt = "storageClass";
    _sD = "scoreDetails";
    _sF = "scanFrequency";
    _sI = "subjectId";
    _sIFC = "subImageFailureCodes";
    _sLH = "sourceLayerHash";
    _sMD = "subjectManifestDigest";
    _sOP = "scanOnPush";
    _sPA = "signingProfileArn";
    _sS = "scoreSource";
    _sSi = "signingStatuses";
    _sT = "scanType";
    _sU = "sourceUrl";
    _sV = "scoringVector";
    _sc = "score";
    _se = "server";
    _sev = "severity";
    _si = "size";
    _so = "source";
    _st = "status";
    _su = "summary";
    _t = "tags";
    _tITC = "transitioningImageTotalCounts";
    _tK = "tagKeys";
    _tRC = "totalReplicationCount";
    _tS = "tagStatus";
    _tSC = "targetStorageClass";
    _te = "text";
    _ti = "title";
    _ty = "type";
    _u = "uri";
    _uA = "updatedAt";
    _uI = "uploadId";
    _uR = "upstreamRegistry";
    _uRP = "upstreamRepositoryPrefix";
    _uRU = "upstreamRegistryUrl";
    _ur = "url";
    _v = "value";
    _vCA = "vendorCreatedAt";
    _vI = "vulnerabilityId";
    _vP = "vulnerablePackages";
    _vS = "vendorSeverity";
    _vSUA = "vulnerabilitySourceUpdatedAt";
    _vUA = "vendorUpdatedAt";
    _ve = "version";
    n0 = "com.amazonaws.ecr";
    _s_registry = new TypeRegistry(_s);
    ECRServiceException$ = [-3, _s, "ECRServiceException", 0, [], []];
    _s_registry.registerError(ECRServiceException$, ECRServiceException);
    n0_registry = new TypeRegistry(n0);
    BlockedByOrganizationPolicyException$ = [
      -3,
      n0,
      _BBOPE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(BlockedByOrganizationPolicyException$, BlockedByOrganizationPolicyException);
    EmptyUploadException$ = [
      -3,
      n0,
      _EUE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(EmptyUploadException$, EmptyUploadException);
    ExclusionAlreadyExistsException$ = [
      -3,
      n0,
      _EAEE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(ExclusionAlreadyExistsException$, ExclusionAlreadyExistsException);
    ExclusionNotFoundException$ = [
      -3,
      n0,
      _ENFE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(ExclusionNotFoundException$, ExclusionNotFoundException);
    ImageAlreadyExistsException$ = [
      -3,
      n0,
      _IAEE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(ImageAlreadyExistsException$, ImageAlreadyExistsException);
    ImageArchivedException$ = [
      -3,
      n0,
      _IAE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(ImageArchivedException$, ImageArchivedException);
    ImageDigestDoesNotMatchException$ = [
      -3,
      n0,
      _IDDNME,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(ImageDigestDoesNotMatchException$, ImageDigestDoesNotMatchException);
    ImageNotFoundException$ = [
      -3,
      n0,
      _INFE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(ImageNotFoundException$, ImageNotFoundException);
    ImageStorageClassUpdateNotSupportedException$ = [
      -3,
      n0,
      _ISCUNSE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(ImageStorageClassUpdateNotSupportedException$, ImageStorageClassUpdateNotSupportedException);
    ImageTagAlreadyExistsException$ = [
      -3,
      n0,
      _ITAEE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(ImageTagAlreadyExistsException$, ImageTagAlreadyExistsException);
    InvalidLayerException$ = [
      -3,
      n0,
      _ILE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(InvalidLayerException$, InvalidLayerException);
    InvalidLayerPartException$ = [
      -3,
      n0,
      _ILPE,
      { [_e]: _c },
      [_rI, _rN, _uI, _lVBR, _m],
      [0, 0, 0, 1, 0]
    ];
    n0_registry.registerError(InvalidLayerPartException$, InvalidLayerPartException);
    InvalidParameterException$ = [
      -3,
      n0,
      _IPE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(InvalidParameterException$, InvalidParameterException);
    InvalidTagParameterException$ = [
      -3,
      n0,
      _ITPE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(InvalidTagParameterException$, InvalidTagParameterException);
    KmsException$ = [
      -3,
      n0,
      _KE,
      { [_e]: _c },
      [_m, _kE],
      [0, 0]
    ];
    n0_registry.registerError(KmsException$, KmsException);
    LayerAlreadyExistsException$ = [
      -3,
      n0,
      _LAEE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(LayerAlreadyExistsException$, LayerAlreadyExistsException);
    LayerInaccessibleException$ = [
      -3,
      n0,
      _LIE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(LayerInaccessibleException$, LayerInaccessibleException);
    LayerPartTooSmallException$ = [
      -3,
      n0,
      _LPTSE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(LayerPartTooSmallException$, LayerPartTooSmallException);
    LayersNotFoundException$ = [
      -3,
      n0,
      _LNFE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(LayersNotFoundException$, LayersNotFoundException);
    LifecyclePolicyNotFoundException$ = [
      -3,
      n0,
      _LPNFE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(LifecyclePolicyNotFoundException$, LifecyclePolicyNotFoundException);
    LifecyclePolicyPreviewInProgressException$ = [
      -3,
      n0,
      _LPPIPE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(LifecyclePolicyPreviewInProgressException$, LifecyclePolicyPreviewInProgressException);
    LifecyclePolicyPreviewNotFoundException$ = [
      -3,
      n0,
      _LPPNFE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(LifecyclePolicyPreviewNotFoundException$, LifecyclePolicyPreviewNotFoundException);
    LimitExceededException$ = [
      -3,
      n0,
      _LEE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(LimitExceededException$, LimitExceededException);
    PullThroughCacheRuleAlreadyExistsException$ = [
      -3,
      n0,
      _PTCRAEE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(PullThroughCacheRuleAlreadyExistsException$, PullThroughCacheRuleAlreadyExistsException);
    PullThroughCacheRuleNotFoundException$ = [
      -3,
      n0,
      _PTCRNFE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(PullThroughCacheRuleNotFoundException$, PullThroughCacheRuleNotFoundException);
    ReferencedImagesNotFoundException$ = [
      -3,
      n0,
      _RINFE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(ReferencedImagesNotFoundException$, ReferencedImagesNotFoundException);
    RegistryPolicyNotFoundException$ = [
      -3,
      n0,
      _RPNFE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(RegistryPolicyNotFoundException$, RegistryPolicyNotFoundException);
    ReplicationBackfillInProgressException$ = [
      -3,
      n0,
      _RBIPE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(ReplicationBackfillInProgressException$, ReplicationBackfillInProgressException);
    ReplicationBackfillInvalidStatusException$ = [
      -3,
      n0,
      _RBISE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(ReplicationBackfillInvalidStatusException$, ReplicationBackfillInvalidStatusException);
    ReplicationBackfillNotFoundException$ = [
      -3,
      n0,
      _RBNFE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(ReplicationBackfillNotFoundException$, ReplicationBackfillNotFoundException);
    RepositoryAlreadyExistsException$ = [
      -3,
      n0,
      _RAEE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(RepositoryAlreadyExistsException$, RepositoryAlreadyExistsException);
    RepositoryNotEmptyException$ = [
      -3,
      n0,
      _RNEE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(RepositoryNotEmptyException$, RepositoryNotEmptyException);
    RepositoryNotFoundException$ = [
      -3,
      n0,
      _RNFE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(RepositoryNotFoundException$, RepositoryNotFoundException);
    RepositoryPolicyNotFoundException$ = [
      -3,
      n0,
      _RPNFEe,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(RepositoryPolicyNotFoundException$, RepositoryPolicyNotFoundException);
    ScanNotFoundException$ = [
      -3,
      n0,
      _SNFE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(ScanNotFoundException$, ScanNotFoundException);
    SecretNotFoundException$ = [
      -3,
      n0,
      _SNFEe,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(SecretNotFoundException$, SecretNotFoundException);
    ServerException$ = [
      -3,
      n0,
      _SE,
      { [_e]: _se },
      [_m],
      [0]
    ];
    n0_registry.registerError(ServerException$, ServerException);
    SigningConfigurationNotFoundException$ = [
      -3,
      n0,
      _SCNFE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(SigningConfigurationNotFoundException$, SigningConfigurationNotFoundException);
    TemplateAlreadyExistsException$ = [
      -3,
      n0,
      _TAEE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(TemplateAlreadyExistsException$, TemplateAlreadyExistsException);
    TemplateNotFoundException$ = [
      -3,
      n0,
      _TNFE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(TemplateNotFoundException$, TemplateNotFoundException);
    TooManyTagsException$ = [
      -3,
      n0,
      _TMTE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(TooManyTagsException$, TooManyTagsException);
    UnableToAccessSecretException$ = [
      -3,
      n0,
      _UTASE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(UnableToAccessSecretException$, UnableToAccessSecretException);
    UnableToDecryptSecretValueException$ = [
      -3,
      n0,
      _UTDSVE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(UnableToDecryptSecretValueException$, UnableToDecryptSecretValueException);
    UnableToGetUpstreamImageException$ = [
      -3,
      n0,
      _UTGUIE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(UnableToGetUpstreamImageException$, UnableToGetUpstreamImageException);
    UnableToGetUpstreamLayerException$ = [
      -3,
      n0,
      _UTGULE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(UnableToGetUpstreamLayerException$, UnableToGetUpstreamLayerException);
    UnableToListUpstreamImageReferrersException$ = [
      -3,
      n0,
      _UTLUIRE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(UnableToListUpstreamImageReferrersException$, UnableToListUpstreamImageReferrersException);
    UnsupportedImageTypeException$ = [
      -3,
      n0,
      _UITE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(UnsupportedImageTypeException$, UnsupportedImageTypeException);
    UnsupportedUpstreamRegistryException$ = [
      -3,
      n0,
      _UURE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(UnsupportedUpstreamRegistryException$, UnsupportedUpstreamRegistryException);
    UploadNotFoundException$ = [
      -3,
      n0,
      _UNFE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(UploadNotFoundException$, UploadNotFoundException);
    ValidationException$ = [
      -3,
      n0,
      _VE,
      { [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(ValidationException$, ValidationException);
    errorTypeRegistries = [
      _s_registry,
      n0_registry
    ];
    Attribute$ = [
      3,
      n0,
      _A,
      0,
      [_k, _v],
      [0, 0],
      1
    ];
    AuthorizationData$ = [
      3,
      n0,
      _AD,
      0,
      [_aT, _eA, _pE],
      [0, 4, 0]
    ];
    AwsEcrContainerImageDetails$ = [
      3,
      n0,
      _AECID,
      0,
      [_a, _au, _iH, _iT, _p, _pA, _lIUA, _iUC, _r, _rN],
      [0, 0, 0, 64 | 0, 0, 4, 4, 1, 0, 0]
    ];
    BatchCheckLayerAvailabilityRequest$ = [
      3,
      n0,
      _BCLAR,
      0,
      [_rN, _lD, _rI],
      [0, 64 | 0, 0],
      2
    ];
    BatchCheckLayerAvailabilityResponse$ = [
      3,
      n0,
      _BCLARa,
      0,
      [_l, _f],
      [() => LayerList, () => LayerFailureList]
    ];
    BatchDeleteImageRequest$ = [
      3,
      n0,
      _BDIR,
      0,
      [_rN, _iI, _rI],
      [0, () => ImageIdentifierList, 0],
      2
    ];
    BatchDeleteImageResponse$ = [
      3,
      n0,
      _BDIRa,
      0,
      [_iI, _f],
      [() => ImageIdentifierList, () => ImageFailureList]
    ];
    BatchGetImageRequest$ = [
      3,
      n0,
      _BGIR,
      0,
      [_rN, _iI, _rI, _aMT],
      [0, () => ImageIdentifierList, 0, 64 | 0],
      2
    ];
    BatchGetImageResponse$ = [
      3,
      n0,
      _BGIRa,
      0,
      [_i, _f],
      [() => ImageList, () => ImageFailureList]
    ];
    BatchGetRepositoryScanningConfigurationRequest$ = [
      3,
      n0,
      _BGRSCR,
      0,
      [_rNe],
      [64 | 0],
      1
    ];
    BatchGetRepositoryScanningConfigurationResponse$ = [
      3,
      n0,
      _BGRSCRa,
      0,
      [_sC, _f],
      [() => RepositoryScanningConfigurationList, () => RepositoryScanningConfigurationFailureList]
    ];
    CompleteLayerUploadRequest$ = [
      3,
      n0,
      _CLUR,
      0,
      [_rN, _uI, _lD, _rI],
      [0, 0, 64 | 0, 0],
      3
    ];
    CompleteLayerUploadResponse$ = [
      3,
      n0,
      _CLURo,
      0,
      [_rI, _rN, _uI, _lDa],
      [0, 0, 0, 0]
    ];
    CreatePullThroughCacheRuleRequest$ = [
      3,
      n0,
      _CPTCRR,
      0,
      [_eRP, _uRU, _rI, _uR, _cA, _cRA, _uRP],
      [0, 0, 0, 0, 0, 0, 0],
      2
    ];
    CreatePullThroughCacheRuleResponse$ = [
      3,
      n0,
      _CPTCRRr,
      0,
      [_eRP, _uRU, _cAr, _rI, _uR, _cA, _cRA, _uRP],
      [0, 0, 4, 0, 0, 0, 0, 0]
    ];
    CreateRepositoryCreationTemplateRequest$ = [
      3,
      n0,
      _CRCTR,
      0,
      [_pr, _aF, _d, _eC, _rT, _iTM, _iTMEF, _rP, _lP, _cRA],
      [0, 64 | 0, 0, () => EncryptionConfigurationForRepositoryCreationTemplate$, () => TagList, 0, () => ImageTagMutabilityExclusionFilters, 0, 0, 0],
      2
    ];
    CreateRepositoryCreationTemplateResponse$ = [
      3,
      n0,
      _CRCTRr,
      0,
      [_rI, _rCT],
      [0, () => RepositoryCreationTemplate$]
    ];
    CreateRepositoryRequest$ = [
      3,
      n0,
      _CRR,
      0,
      [_rN, _rI, _t, _iTM, _iTMEF, _iSC, _eC],
      [0, 0, () => TagList, 0, () => ImageTagMutabilityExclusionFilters, () => ImageScanningConfiguration$, () => EncryptionConfiguration$],
      1
    ];
    CreateRepositoryResponse$ = [
      3,
      n0,
      _CRRr,
      0,
      [_re],
      [() => Repository$]
    ];
    CvssScore$ = [
      3,
      n0,
      _CS,
      0,
      [_bS, _sV, _so, _ve],
      [1, 0, 0, 0]
    ];
    CvssScoreAdjustment$ = [
      3,
      n0,
      _CSA,
      0,
      [_me, _rea],
      [0, 0]
    ];
    CvssScoreDetails$ = [
      3,
      n0,
      _CSD,
      0,
      [_ad, _sc, _sS, _sV, _ve],
      [() => CvssScoreAdjustmentList, 1, 0, 0, 0]
    ];
    DeleteLifecyclePolicyRequest$ = [
      3,
      n0,
      _DLPR,
      0,
      [_rN, _rI],
      [0, 0],
      1
    ];
    DeleteLifecyclePolicyResponse$ = [
      3,
      n0,
      _DLPRe,
      0,
      [_rI, _rN, _lPT, _lEA],
      [0, 0, 0, 4]
    ];
    DeletePullThroughCacheRuleRequest$ = [
      3,
      n0,
      _DPTCRR,
      0,
      [_eRP, _rI],
      [0, 0],
      1
    ];
    DeletePullThroughCacheRuleResponse$ = [
      3,
      n0,
      _DPTCRRe,
      0,
      [_eRP, _uRU, _cAr, _rI, _cA, _cRA, _uRP],
      [0, 0, 4, 0, 0, 0, 0]
    ];
    DeleteRegistryPolicyRequest$ = [
      3,
      n0,
      _DRPR,
      0,
      [],
      []
    ];
    DeleteRegistryPolicyResponse$ = [
      3,
      n0,
      _DRPRe,
      0,
      [_rI, _pT],
      [0, 0]
    ];
    DeleteRepositoryCreationTemplateRequest$ = [
      3,
      n0,
      _DRCTR,
      0,
      [_pr],
      [0],
      1
    ];
    DeleteRepositoryCreationTemplateResponse$ = [
      3,
      n0,
      _DRCTRe,
      0,
      [_rI, _rCT],
      [0, () => RepositoryCreationTemplate$]
    ];
    DeleteRepositoryPolicyRequest$ = [
      3,
      n0,
      _DRPRel,
      0,
      [_rN, _rI],
      [0, 0],
      1
    ];
    DeleteRepositoryPolicyResponse$ = [
      3,
      n0,
      _DRPRele,
      0,
      [_rI, _rN, _pT],
      [0, 0, 0]
    ];
    DeleteRepositoryRequest$ = [
      3,
      n0,
      _DRR,
      0,
      [_rN, _rI, _fo],
      [0, 0, 2],
      1
    ];
    DeleteRepositoryResponse$ = [
      3,
      n0,
      _DRRe,
      0,
      [_re],
      [() => Repository$]
    ];
    DeleteSigningConfigurationRequest$ = [
      3,
      n0,
      _DSCR,
      0,
      [],
      []
    ];
    DeleteSigningConfigurationResponse$ = [
      3,
      n0,
      _DSCRe,
      0,
      [_rI, _sCi],
      [0, () => SigningConfiguration$]
    ];
    DeregisterPullTimeUpdateExclusionRequest$ = [
      3,
      n0,
      _DPTUER,
      0,
      [_pAr],
      [0],
      1
    ];
    DeregisterPullTimeUpdateExclusionResponse$ = [
      3,
      n0,
      _DPTUERe,
      0,
      [_pAr],
      [0]
    ];
    DescribeImageReplicationStatusRequest$ = [
      3,
      n0,
      _DIRSR,
      0,
      [_rN, _iIm, _rI],
      [0, () => ImageIdentifier$, 0],
      2
    ];
    DescribeImageReplicationStatusResponse$ = [
      3,
      n0,
      _DIRSRe,
      0,
      [_rN, _iIm, _rS],
      [0, () => ImageIdentifier$, () => ImageReplicationStatusList]
    ];
    DescribeImageScanFindingsRequest$ = [
      3,
      n0,
      _DISFR,
      0,
      [_rN, _iIm, _rI, _nT, _mR],
      [0, () => ImageIdentifier$, 0, 0, 1],
      2
    ];
    DescribeImageScanFindingsResponse$ = [
      3,
      n0,
      _DISFRe,
      0,
      [_rI, _rN, _iIm, _iSS, _iSF, _nT],
      [0, 0, () => ImageIdentifier$, () => ImageScanStatus$, () => ImageScanFindings$, 0]
    ];
    DescribeImagesFilter$ = [
      3,
      n0,
      _DIF,
      0,
      [_tS, _iS],
      [0, 0]
    ];
    DescribeImageSigningStatusRequest$ = [
      3,
      n0,
      _DISSR,
      0,
      [_rN, _iIm, _rI],
      [0, () => ImageIdentifier$, 0],
      2
    ];
    DescribeImageSigningStatusResponse$ = [
      3,
      n0,
      _DISSRe,
      0,
      [_rN, _iIm, _rI, _sSi],
      [0, () => ImageIdentifier$, 0, () => ImageSigningStatusList]
    ];
    DescribeImagesRequest$ = [
      3,
      n0,
      _DIR,
      0,
      [_rN, _rI, _iI, _nT, _mR, _fi],
      [0, 0, () => ImageIdentifierList, 0, 1, () => DescribeImagesFilter$],
      1
    ];
    DescribeImagesResponse$ = [
      3,
      n0,
      _DIRe,
      0,
      [_iD, _nT],
      [() => ImageDetailList, 0]
    ];
    DescribePullThroughCacheRulesRequest$ = [
      3,
      n0,
      _DPTCRRes,
      0,
      [_rI, _eRPc, _nT, _mR],
      [0, 64 | 0, 0, 1]
    ];
    DescribePullThroughCacheRulesResponse$ = [
      3,
      n0,
      _DPTCRResc,
      0,
      [_pTCR, _nT],
      [() => PullThroughCacheRuleList, 0]
    ];
    DescribeRegistryRequest$ = [
      3,
      n0,
      _DRRes,
      0,
      [],
      []
    ];
    DescribeRegistryResponse$ = [
      3,
      n0,
      _DRResc,
      0,
      [_rI, _rC],
      [0, () => ReplicationConfiguration$]
    ];
    DescribeReplicationBackfillResultsRequest$ = [
      3,
      n0,
      _DRBRR,
      0,
      [_rBI, _rI, _rSF, _mR, _nT],
      [0, 0, 0, 1, 0],
      1
    ];
    DescribeReplicationBackfillResultsResponse$ = [
      3,
      n0,
      _DRBRRe,
      0,
      [_rI, _rBI, _de, _st, _fC, _pro, _res, _sA, _eAn, _nT],
      [0, 0, () => ReplicationDestination$, 0, 0, () => ReplicationBackfillProgress$, () => ReplicationBackfillResultList, 4, 4, 0]
    ];
    DescribeRepositoriesRequest$ = [
      3,
      n0,
      _DRRescr,
      0,
      [_rI, _rNe, _nT, _mR],
      [0, 64 | 0, 0, 1]
    ];
    DescribeRepositoriesResponse$ = [
      3,
      n0,
      _DRRescri,
      0,
      [_rep, _nT],
      [() => RepositoryList, 0]
    ];
    DescribeRepositoryCreationTemplatesRequest$ = [
      3,
      n0,
      _DRCTRes,
      0,
      [_pre, _nT, _mR],
      [64 | 0, 0, 1]
    ];
    DescribeRepositoryCreationTemplatesResponse$ = [
      3,
      n0,
      _DRCTResc,
      0,
      [_rI, _rCTe, _nT],
      [0, () => RepositoryCreationTemplateList, 0]
    ];
    EncryptionConfiguration$ = [
      3,
      n0,
      _EC,
      0,
      [_eT, _kK],
      [0, 0],
      1
    ];
    EncryptionConfigurationForRepositoryCreationTemplate$ = [
      3,
      n0,
      _ECFRCT,
      0,
      [_eT, _kK],
      [0, 0],
      1
    ];
    EnhancedImageScanFinding$ = [
      3,
      n0,
      _EISF,
      0,
      [_aAI, _d, _fA, _fOA, _lOA, _pVD, _rem, _reso, _sc, _sD, _sev, _st, _ti, _ty, _uA, _fAi, _eAx],
      [0, 0, 0, 4, 4, () => PackageVulnerabilityDetails$, () => Remediation$, () => ResourceList, 1, () => ScoreDetails$, 0, 0, 0, 0, 4, 0, 0]
    ];
    GetAccountSettingRequest$ = [
      3,
      n0,
      _GASR,
      0,
      [_n],
      [0],
      1
    ];
    GetAccountSettingResponse$ = [
      3,
      n0,
      _GASRe,
      0,
      [_n, _v],
      [0, 0]
    ];
    GetAuthorizationTokenRequest$ = [
      3,
      n0,
      _GATR,
      0,
      [_rIe],
      [64 | 0]
    ];
    GetAuthorizationTokenResponse$ = [
      3,
      n0,
      _GATRe,
      0,
      [_aD],
      [() => AuthorizationDataList]
    ];
    GetDownloadUrlForLayerRequest$ = [
      3,
      n0,
      _GDUFLR,
      0,
      [_rN, _lDa, _rI],
      [0, 0, 0],
      2
    ];
    GetDownloadUrlForLayerResponse$ = [
      3,
      n0,
      _GDUFLRe,
      0,
      [_dU, _lDa],
      [0, 0]
    ];
    GetLifecyclePolicyPreviewRequest$ = [
      3,
      n0,
      _GLPPR,
      0,
      [_rN, _rI, _iI, _nT, _mR, _fi],
      [0, 0, () => ImageIdentifierList, 0, 1, () => LifecyclePolicyPreviewFilter$],
      1
    ];
    GetLifecyclePolicyPreviewResponse$ = [
      3,
      n0,
      _GLPPRe,
      0,
      [_rI, _rN, _lPT, _st, _nT, _pR, _su],
      [0, 0, 0, 0, 0, () => LifecyclePolicyPreviewResultList, () => LifecyclePolicyPreviewSummary$]
    ];
    GetLifecyclePolicyRequest$ = [
      3,
      n0,
      _GLPR,
      0,
      [_rN, _rI],
      [0, 0],
      1
    ];
    GetLifecyclePolicyResponse$ = [
      3,
      n0,
      _GLPRe,
      0,
      [_rI, _rN, _lPT, _lEA],
      [0, 0, 0, 4]
    ];
    GetRegistryPolicyRequest$ = [
      3,
      n0,
      _GRPR,
      0,
      [],
      []
    ];
    GetRegistryPolicyResponse$ = [
      3,
      n0,
      _GRPRe,
      0,
      [_rI, _pT],
      [0, 0]
    ];
    GetRegistryScanningConfigurationRequest$ = [
      3,
      n0,
      _GRSCR,
      0,
      [],
      []
    ];
    GetRegistryScanningConfigurationResponse$ = [
      3,
      n0,
      _GRSCRe,
      0,
      [_rI, _sCc],
      [0, () => RegistryScanningConfiguration$]
    ];
    GetRepositoryPolicyRequest$ = [
      3,
      n0,
      _GRPRet,
      0,
      [_rN, _rI],
      [0, 0],
      1
    ];
    GetRepositoryPolicyResponse$ = [
      3,
      n0,
      _GRPRete,
      0,
      [_rI, _rN, _pT],
      [0, 0, 0]
    ];
    GetSigningConfigurationRequest$ = [
      3,
      n0,
      _GSCR,
      0,
      [],
      []
    ];
    GetSigningConfigurationResponse$ = [
      3,
      n0,
      _GSCRe,
      0,
      [_rI, _sCi],
      [0, () => SigningConfiguration$]
    ];
    Image$ = [
      3,
      n0,
      _I,
      0,
      [_rI, _rN, _iIm, _iM, _iMMT],
      [0, 0, () => ImageIdentifier$, 0, 0]
    ];
    ImageDetail$ = [
      3,
      n0,
      _ID,
      0,
      [_rI, _rN, _iDm, _iT, _iSIB, _iPA, _iSS, _iSFS, _iMMT, _aMTr, _lRPT, _sMD, _iS, _lAA, _lAAa],
      [0, 0, 0, 64 | 0, 1, 4, () => ImageScanStatus$, () => ImageScanFindingsSummary$, 0, 0, 4, 0, 0, 4, 4]
    ];
    ImageFailure$ = [
      3,
      n0,
      _IF,
      0,
      [_iIm, _fC, _fR],
      [() => ImageIdentifier$, 0, 0]
    ];
    ImageIdentifier$ = [
      3,
      n0,
      _II,
      0,
      [_iDm, _iTm],
      [0, 0]
    ];
    ImageReferrer$ = [
      3,
      n0,
      _IR,
      0,
      [_di, _mT, _si, _aTr, _an, _aS],
      [0, 0, 1, 0, 128 | 0, 0],
      3
    ];
    ImageReplicationStatus$ = [
      3,
      n0,
      _IRS,
      0,
      [_reg, _rI, _st, _fC],
      [0, 0, 0, 0]
    ];
    ImageScanFinding$ = [
      3,
      n0,
      _ISF,
      0,
      [_n, _d, _u, _sev, _at],
      [0, 0, 0, 0, () => AttributeList]
    ];
    ImageScanFindings$ = [
      3,
      n0,
      _ISFm,
      0,
      [_iSCA, _vSUA, _fSC, _fin, _eF],
      [4, 4, 128 | 1, () => ImageScanFindingList, () => EnhancedImageScanFindingList]
    ];
    ImageScanFindingsSummary$ = [
      3,
      n0,
      _ISFS,
      0,
      [_iSCA, _vSUA, _fSC],
      [4, 4, 128 | 1]
    ];
    ImageScanningConfiguration$ = [
      3,
      n0,
      _ISC,
      0,
      [_sOP],
      [2]
    ];
    ImageScanStatus$ = [
      3,
      n0,
      _ISS,
      0,
      [_st, _d],
      [0, 0]
    ];
    ImageSigningStatus$ = [
      3,
      n0,
      _ISSm,
      0,
      [_sPA, _fC, _fR, _st],
      [0, 0, 0, 0]
    ];
    ImageTagMutabilityExclusionFilter$ = [
      3,
      n0,
      _ITMEF,
      0,
      [_fT, _fi],
      [0, 0],
      2
    ];
    InitiateLayerUploadRequest$ = [
      3,
      n0,
      _ILUR,
      0,
      [_rN, _rI],
      [0, 0],
      1
    ];
    InitiateLayerUploadResponse$ = [
      3,
      n0,
      _ILURn,
      0,
      [_uI, _pS],
      [0, 1]
    ];
    Layer$ = [
      3,
      n0,
      _L,
      0,
      [_lDa, _lA, _lS, _mT],
      [0, 0, 1, 0]
    ];
    LayerFailure$ = [
      3,
      n0,
      _LF,
      0,
      [_lDa, _fC, _fR],
      [0, 0, 0]
    ];
    LifecyclePolicyPreviewFilter$ = [
      3,
      n0,
      _LPPF,
      0,
      [_tS],
      [0]
    ];
    LifecyclePolicyPreviewResult$ = [
      3,
      n0,
      _LPPR,
      0,
      [_iT, _iDm, _iPA, _ac, _aRP, _sCt],
      [64 | 0, 0, 4, () => LifecyclePolicyRuleAction$, 1, 0]
    ];
    LifecyclePolicyPreviewSummary$ = [
      3,
      n0,
      _LPPS,
      0,
      [_eITC, _tITC],
      [1, () => TransitioningImageTotalCounts]
    ];
    LifecyclePolicyRuleAction$ = [
      3,
      n0,
      _LPRA,
      0,
      [_ty, _tSC],
      [0, 0]
    ];
    ListImageReferrersFilter$ = [
      3,
      n0,
      _LIRF,
      0,
      [_aTrt, _aS],
      [64 | 0, 0]
    ];
    ListImageReferrersRequest$ = [
      3,
      n0,
      _LIRR,
      0,
      [_rN, _sI, _rI, _fi, _nT, _mR],
      [0, () => SubjectIdentifier$, 0, () => ListImageReferrersFilter$, 0, 1],
      2
    ];
    ListImageReferrersResponse$ = [
      3,
      n0,
      _LIRRi,
      0,
      [_ref, _nT],
      [() => ImageReferrerList, 0]
    ];
    ListImagesFilter$ = [
      3,
      n0,
      _LIF,
      0,
      [_tS, _iS],
      [0, 0]
    ];
    ListImagesRequest$ = [
      3,
      n0,
      _LIR,
      0,
      [_rN, _rI, _nT, _mR, _fi],
      [0, 0, 0, 1, () => ListImagesFilter$],
      1
    ];
    ListImagesResponse$ = [
      3,
      n0,
      _LIRi,
      0,
      [_iI, _nT],
      [() => ImageIdentifierList, 0]
    ];
    ListPullTimeUpdateExclusionsRequest$ = [
      3,
      n0,
      _LPTUER,
      0,
      [_mR, _nT],
      [1, 0]
    ];
    ListPullTimeUpdateExclusionsResponse$ = [
      3,
      n0,
      _LPTUERi,
      0,
      [_pTUE, _nT],
      [64 | 0, 0]
    ];
    ListReplicationBackfillsRequest$ = [
      3,
      n0,
      _LRBR,
      0,
      [_rI, _mR, _nT],
      [0, 1, 0]
    ];
    ListReplicationBackfillsResponse$ = [
      3,
      n0,
      _LRBRi,
      0,
      [_rI, _b, _nT],
      [0, () => ReplicationBackfillSummaryList, 0]
    ];
    ListTagsForResourceRequest$ = [
      3,
      n0,
      _LTFRR,
      0,
      [_rA],
      [0],
      1
    ];
    ListTagsForResourceResponse$ = [
      3,
      n0,
      _LTFRRi,
      0,
      [_t],
      [() => TagList]
    ];
    PackageVulnerabilityDetails$ = [
      3,
      n0,
      _PVD,
      0,
      [_cv, _rU, _rV, _so, _sU, _vCA, _vS, _vUA, _vI, _vP],
      [() => CvssScoreList, 64 | 0, 64 | 0, 0, 0, 4, 0, 4, 0, () => VulnerablePackagesList]
    ];
    PullThroughCacheRule$ = [
      3,
      n0,
      _PTCR,
      0,
      [_eRP, _uRU, _cAr, _rI, _cA, _cRA, _uRP, _uR, _uA],
      [0, 0, 4, 0, 0, 0, 0, 0, 4]
    ];
    PutAccountSettingRequest$ = [
      3,
      n0,
      _PASR,
      0,
      [_n, _v],
      [0, 0],
      2
    ];
    PutAccountSettingResponse$ = [
      3,
      n0,
      _PASRu,
      0,
      [_n, _v],
      [0, 0]
    ];
    PutImageRequest$ = [
      3,
      n0,
      _PIR,
      0,
      [_rN, _iM, _rI, _iMMT, _iTm, _iDm],
      [0, 0, 0, 0, 0, 0],
      2
    ];
    PutImageResponse$ = [
      3,
      n0,
      _PIRu,
      0,
      [_im],
      [() => Image$]
    ];
    PutImageScanningConfigurationRequest$ = [
      3,
      n0,
      _PISCR,
      0,
      [_rN, _iSC, _rI],
      [0, () => ImageScanningConfiguration$, 0],
      2
    ];
    PutImageScanningConfigurationResponse$ = [
      3,
      n0,
      _PISCRu,
      0,
      [_rI, _rN, _iSC],
      [0, 0, () => ImageScanningConfiguration$]
    ];
    PutImageTagMutabilityRequest$ = [
      3,
      n0,
      _PITMR,
      0,
      [_rN, _iTM, _rI, _iTMEF],
      [0, 0, 0, () => ImageTagMutabilityExclusionFilters],
      2
    ];
    PutImageTagMutabilityResponse$ = [
      3,
      n0,
      _PITMRu,
      0,
      [_rI, _rN, _iTM, _iTMEF],
      [0, 0, 0, () => ImageTagMutabilityExclusionFilters]
    ];
    PutLifecyclePolicyRequest$ = [
      3,
      n0,
      _PLPR,
      0,
      [_rN, _lPT, _rI],
      [0, 0, 0],
      2
    ];
    PutLifecyclePolicyResponse$ = [
      3,
      n0,
      _PLPRu,
      0,
      [_rI, _rN, _lPT],
      [0, 0, 0]
    ];
    PutRegistryPolicyRequest$ = [
      3,
      n0,
      _PRPR,
      0,
      [_pT],
      [0],
      1
    ];
    PutRegistryPolicyResponse$ = [
      3,
      n0,
      _PRPRu,
      0,
      [_rI, _pT],
      [0, 0]
    ];
    PutRegistryScanningConfigurationRequest$ = [
      3,
      n0,
      _PRSCR,
      0,
      [_sT, _ru],
      [0, () => RegistryScanningRuleList]
    ];
    PutRegistryScanningConfigurationResponse$ = [
      3,
      n0,
      _PRSCRu,
      0,
      [_rSC],
      [() => RegistryScanningConfiguration$]
    ];
    PutReplicationConfigurationRequest$ = [
      3,
      n0,
      _PRCR,
      0,
      [_rC],
      [() => ReplicationConfiguration$],
      1
    ];
    PutReplicationConfigurationResponse$ = [
      3,
      n0,
      _PRCRu,
      0,
      [_rC],
      [() => ReplicationConfiguration$]
    ];
    PutSigningConfigurationRequest$ = [
      3,
      n0,
      _PSCR,
      0,
      [_sCi],
      [() => SigningConfiguration$],
      1
    ];
    PutSigningConfigurationResponse$ = [
      3,
      n0,
      _PSCRu,
      0,
      [_sCi],
      [() => SigningConfiguration$]
    ];
    Recommendation$ = [
      3,
      n0,
      _R,
      0,
      [_ur, _te],
      [0, 0]
    ];
    RegisterPullTimeUpdateExclusionRequest$ = [
      3,
      n0,
      _RPTUER,
      0,
      [_pAr],
      [0],
      1
    ];
    RegisterPullTimeUpdateExclusionResponse$ = [
      3,
      n0,
      _RPTUERe,
      0,
      [_pAr, _cAr],
      [0, 4]
    ];
    RegistryScanningConfiguration$ = [
      3,
      n0,
      _RSC,
      0,
      [_sT, _ru],
      [0, () => RegistryScanningRuleList]
    ];
    RegistryScanningRule$ = [
      3,
      n0,
      _RSR,
      0,
      [_sF, _rF],
      [0, () => ScanningRepositoryFilterList],
      2
    ];
    Remediation$ = [
      3,
      n0,
      _Re,
      0,
      [_rec],
      [() => Recommendation$]
    ];
    ReplicationBackfillProgress$ = [
      3,
      n0,
      _RBP,
      0,
      [_tRC, _cRC, _fRC, _fCa],
      [1, 1, 1, 64 | 0],
      4
    ];
    ReplicationBackfillResult$ = [
      3,
      n0,
      _RBR,
      0,
      [_rN, _iIm, _st, _fC, _sIFC],
      [0, () => ImageIdentifier$, 0, 0, 64 | 0],
      3
    ];
    ReplicationBackfillSummary$ = [
      3,
      n0,
      _RBS,
      0,
      [_rBI, _de, _st, _sA, _fC, _pro, _eAn],
      [0, () => ReplicationDestination$, 0, 4, 0, () => ReplicationBackfillProgress$, 4],
      4
    ];
    ReplicationConfiguration$ = [
      3,
      n0,
      _RC,
      0,
      [_ru],
      [() => ReplicationRuleList],
      1
    ];
    ReplicationDestination$ = [
      3,
      n0,
      _RD,
      0,
      [_reg, _rI],
      [0, 0],
      2
    ];
    ReplicationRule$ = [
      3,
      n0,
      _RR,
      0,
      [_des, _rF],
      [() => ReplicationDestinationList, () => RepositoryFilterList],
      1
    ];
    Repository$ = [
      3,
      n0,
      _Rep,
      0,
      [_rAe, _rI, _rN, _rUe, _cAr, _iTM, _iTMEF, _iSC, _eC],
      [0, 0, 0, 0, 4, 0, () => ImageTagMutabilityExclusionFilters, () => ImageScanningConfiguration$, () => EncryptionConfiguration$]
    ];
    RepositoryCreationTemplate$ = [
      3,
      n0,
      _RCT,
      0,
      [_pr, _d, _eC, _rT, _iTM, _iTMEF, _rP, _lP, _aF, _cRA, _cAr, _uA],
      [0, 0, () => EncryptionConfigurationForRepositoryCreationTemplate$, () => TagList, 0, () => ImageTagMutabilityExclusionFilters, 0, 0, 64 | 0, 0, 4, 4]
    ];
    RepositoryFilter$ = [
      3,
      n0,
      _RF,
      0,
      [_fi, _fT],
      [0, 0],
      2
    ];
    RepositoryScanningConfiguration$ = [
      3,
      n0,
      _RSCe,
      0,
      [_rAe, _rN, _sOP, _sF, _aSF],
      [0, 0, 2, 0, () => ScanningRepositoryFilterList]
    ];
    RepositoryScanningConfigurationFailure$ = [
      3,
      n0,
      _RSCF,
      0,
      [_rN, _fC, _fR],
      [0, 0, 0]
    ];
    Resource$ = [
      3,
      n0,
      _Res,
      0,
      [_det, _id, _t, _ty],
      [() => ResourceDetails$, 0, 128 | 0, 0]
    ];
    ResourceDetails$ = [
      3,
      n0,
      _RDe,
      0,
      [_aECI],
      [() => AwsEcrContainerImageDetails$]
    ];
    ScanningRepositoryFilter$ = [
      3,
      n0,
      _SRF,
      0,
      [_fi, _fT],
      [0, 0],
      2
    ];
    ScoreDetails$ = [
      3,
      n0,
      _SD,
      0,
      [_cv],
      [() => CvssScoreDetails$]
    ];
    SetRepositoryPolicyRequest$ = [
      3,
      n0,
      _SRPR,
      0,
      [_rN, _pT, _rI, _fo],
      [0, 0, 0, 2],
      2
    ];
    SetRepositoryPolicyResponse$ = [
      3,
      n0,
      _SRPRe,
      0,
      [_rI, _rN, _pT],
      [0, 0, 0]
    ];
    SigningConfiguration$ = [
      3,
      n0,
      _SC,
      0,
      [_ru],
      [() => SigningRuleList],
      1
    ];
    SigningRepositoryFilter$ = [
      3,
      n0,
      _SRFi,
      0,
      [_fi, _fT],
      [0, 0],
      2
    ];
    SigningRule$ = [
      3,
      n0,
      _SR,
      0,
      [_sPA, _rF],
      [0, () => SigningRepositoryFilterList],
      1
    ];
    StartImageScanRequest$ = [
      3,
      n0,
      _SISR,
      0,
      [_rN, _iIm, _rI],
      [0, () => ImageIdentifier$, 0],
      2
    ];
    StartImageScanResponse$ = [
      3,
      n0,
      _SISRt,
      0,
      [_rI, _rN, _iIm, _iSS],
      [0, 0, () => ImageIdentifier$, () => ImageScanStatus$]
    ];
    StartLifecyclePolicyPreviewRequest$ = [
      3,
      n0,
      _SLPPR,
      0,
      [_rN, _rI, _lPT],
      [0, 0, 0],
      1
    ];
    StartLifecyclePolicyPreviewResponse$ = [
      3,
      n0,
      _SLPPRt,
      0,
      [_rI, _rN, _lPT, _st],
      [0, 0, 0, 0]
    ];
    StartReplicationBackfillRequest$ = [
      3,
      n0,
      _SRBR,
      0,
      [_de, _rI],
      [() => ReplicationDestination$, 0],
      1
    ];
    StartReplicationBackfillResponse$ = [
      3,
      n0,
      _SRBRt,
      0,
      [_rBI, _rI, _de, _st, _sA],
      [0, 0, () => ReplicationDestination$, 0, 4]
    ];
    StopReplicationBackfillRequest$ = [
      3,
      n0,
      _SRBRto,
      0,
      [_rBI, _rI],
      [0, 0],
      1
    ];
    StopReplicationBackfillResponse$ = [
      3,
      n0,
      _SRBRtop,
      0,
      [_rI, _rBI, _de, _st, _sA],
      [0, 0, () => ReplicationDestination$, 0, 4]
    ];
    SubjectIdentifier$ = [
      3,
      n0,
      _SI,
      0,
      [_iDm],
      [0],
      1
    ];
    Tag$ = [
      3,
      n0,
      _T,
      0,
      [_K, _V],
      [0, 0],
      2
    ];
    TagResourceRequest$ = [
      3,
      n0,
      _TRR,
      0,
      [_rA, _t],
      [0, () => TagList],
      2
    ];
    TagResourceResponse$ = [
      3,
      n0,
      _TRRa,
      0,
      [],
      []
    ];
    TransitioningImageTotalCount$ = [
      3,
      n0,
      _TITC,
      0,
      [_tSC, _iTC],
      [0, 1]
    ];
    UntagResourceRequest$ = [
      3,
      n0,
      _URR,
      0,
      [_rA, _tK],
      [0, 64 | 0],
      2
    ];
    UntagResourceResponse$ = [
      3,
      n0,
      _URRn,
      0,
      [],
      []
    ];
    UpdateImageStorageClassRequest$ = [
      3,
      n0,
      _UISCR,
      0,
      [_rN, _iIm, _tSC, _rI],
      [0, () => ImageIdentifier$, 0, 0],
      3
    ];
    UpdateImageStorageClassResponse$ = [
      3,
      n0,
      _UISCRp,
      0,
      [_rI, _rN, _iIm, _iS],
      [0, 0, () => ImageIdentifier$, 0]
    ];
    UpdatePullThroughCacheRuleRequest$ = [
      3,
      n0,
      _UPTCRR,
      0,
      [_eRP, _rI, _cA, _cRA],
      [0, 0, 0, 0],
      1
    ];
    UpdatePullThroughCacheRuleResponse$ = [
      3,
      n0,
      _UPTCRRp,
      0,
      [_eRP, _rI, _uA, _cA, _cRA, _uRP],
      [0, 0, 4, 0, 0, 0]
    ];
    UpdateRepositoryCreationTemplateRequest$ = [
      3,
      n0,
      _URCTR,
      0,
      [_pr, _d, _eC, _rT, _iTM, _iTMEF, _rP, _lP, _aF, _cRA],
      [0, 0, () => EncryptionConfigurationForRepositoryCreationTemplate$, () => TagList, 0, () => ImageTagMutabilityExclusionFilters, 0, 0, 64 | 0, 0],
      1
    ];
    UpdateRepositoryCreationTemplateResponse$ = [
      3,
      n0,
      _URCTRp,
      0,
      [_rI, _rCT],
      [0, () => RepositoryCreationTemplate$]
    ];
    UploadLayerPartRequest$ = [
      3,
      n0,
      _ULPR,
      0,
      [_rN, _uI, _pFB, _pLB, _lPB, _rI],
      [0, 0, 1, 1, 21, 0],
      5
    ];
    UploadLayerPartResponse$ = [
      3,
      n0,
      _ULPRp,
      0,
      [_rI, _rN, _uI, _lBR],
      [0, 0, 0, 1]
    ];
    ValidatePullThroughCacheRuleRequest$ = [
      3,
      n0,
      _VPTCRR,
      0,
      [_eRP, _rI],
      [0, 0],
      1
    ];
    ValidatePullThroughCacheRuleResponse$ = [
      3,
      n0,
      _VPTCRRa,
      0,
      [_eRP, _rI, _uRU, _cA, _cRA, _uRP, _iV, _fa],
      [0, 0, 0, 0, 0, 0, 2, 0]
    ];
    VulnerablePackage$ = [
      3,
      n0,
      _VP,
      0,
      [_ar, _ep, _fP, _n, _pM, _rel, _sLH, _ve, _fIV],
      [0, 1, 0, 0, 0, 0, 0, 0, 0]
    ];
    ArtifactTypeList = 64 | 0;
    AttributeList = [
      1,
      n0,
      _AL,
      0,
      () => Attribute$
    ];
    AuthorizationDataList = [
      1,
      n0,
      _ADL,
      0,
      () => AuthorizationData$
    ];
    BatchedOperationLayerDigestList = 64 | 0;
    CvssScoreAdjustmentList = [
      1,
      n0,
      _CSAL,
      0,
      () => CvssScoreAdjustment$
    ];
    CvssScoreList = [
      1,
      n0,
      _CSL,
      0,
      () => CvssScore$
    ];
    EnhancedImageScanFindingList = [
      1,
      n0,
      _EISFL,
      0,
      () => EnhancedImageScanFinding$
    ];
    GetAuthorizationTokenRegistryIdList = 64 | 0;
    ImageDetailList = [
      1,
      n0,
      _IDL,
      0,
      () => ImageDetail$
    ];
    ImageFailureList = [
      1,
      n0,
      _IFL,
      0,
      () => ImageFailure$
    ];
    ImageIdentifierList = [
      1,
      n0,
      _IIL,
      0,
      () => ImageIdentifier$
    ];
    ImageList = [
      1,
      n0,
      _IL,
      0,
      () => Image$
    ];
    ImageReferrerList = [
      1,
      n0,
      _IRL,
      0,
      () => ImageReferrer$
    ];
    ImageReplicationStatusList = [
      1,
      n0,
      _IRSL,
      0,
      () => ImageReplicationStatus$
    ];
    ImageScanFindingList = [
      1,
      n0,
      _ISFL,
      0,
      () => ImageScanFinding$
    ];
    ImageSigningStatusList = [
      1,
      n0,
      _ISSL,
      0,
      () => ImageSigningStatus$
    ];
    ImageTagList = 64 | 0;
    ImageTagMutabilityExclusionFilters = [
      1,
      n0,
      _ITMEFm,
      0,
      () => ImageTagMutabilityExclusionFilter$
    ];
    ImageTagsList = 64 | 0;
    LayerDigestList = 64 | 0;
    LayerFailureList = [
      1,
      n0,
      _LFL,
      0,
      () => LayerFailure$
    ];
    LayerList = [
      1,
      n0,
      _LL,
      0,
      () => Layer$
    ];
    LifecyclePolicyPreviewResultList = [
      1,
      n0,
      _LPPRL,
      0,
      () => LifecyclePolicyPreviewResult$
    ];
    MediaTypeList = 64 | 0;
    PrefixList = 64 | 0;
    PullThroughCacheRuleList = [
      1,
      n0,
      _PTCRL,
      0,
      () => PullThroughCacheRule$
    ];
    PullThroughCacheRuleRepositoryPrefixList = 64 | 0;
    PullTimeUpdateExclusionList = 64 | 0;
    RCTAppliedForList = 64 | 0;
    ReferenceUrlsList = 64 | 0;
    RegistryScanningRuleList = [
      1,
      n0,
      _RSRL,
      0,
      () => RegistryScanningRule$
    ];
    RelatedVulnerabilitiesList = 64 | 0;
    ReplicationBackfillResultList = [
      1,
      n0,
      _RBRL,
      0,
      () => ReplicationBackfillResult$
    ];
    ReplicationBackfillSummaryList = [
      1,
      n0,
      _RBSL,
      0,
      () => ReplicationBackfillSummary$
    ];
    ReplicationDestinationList = [
      1,
      n0,
      _RDL,
      0,
      () => ReplicationDestination$
    ];
    ReplicationErrorList = 64 | 0;
    ReplicationRuleList = [
      1,
      n0,
      _RRL,
      0,
      () => ReplicationRule$
    ];
    RepositoryCreationTemplateList = [
      1,
      n0,
      _RCTL,
      0,
      () => RepositoryCreationTemplate$
    ];
    RepositoryFilterList = [
      1,
      n0,
      _RFL,
      0,
      () => RepositoryFilter$
    ];
    RepositoryList = [
      1,
      n0,
      _RL,
      0,
      () => Repository$
    ];
    RepositoryNameList = 64 | 0;
    RepositoryScanningConfigurationFailureList = [
      1,
      n0,
      _RSCFL,
      0,
      () => RepositoryScanningConfigurationFailure$
    ];
    RepositoryScanningConfigurationList = [
      1,
      n0,
      _RSCL,
      0,
      () => RepositoryScanningConfiguration$
    ];
    ResourceList = [
      1,
      n0,
      _RLe,
      0,
      () => Resource$
    ];
    ScanningConfigurationRepositoryNameList = 64 | 0;
    ScanningRepositoryFilterList = [
      1,
      n0,
      _SRFL,
      0,
      () => ScanningRepositoryFilter$
    ];
    SigningRepositoryFilterList = [
      1,
      n0,
      _SRFLi,
      0,
      () => SigningRepositoryFilter$
    ];
    SigningRuleList = [
      1,
      n0,
      _SRL,
      0,
      () => SigningRule$
    ];
    TagKeyList = 64 | 0;
    TagList = [
      1,
      n0,
      _TL,
      0,
      () => Tag$
    ];
    TransitioningImageTotalCounts = [
      1,
      n0,
      _TITCr,
      0,
      () => TransitioningImageTotalCount$
    ];
    VulnerablePackagesList = [
      1,
      n0,
      _VPL,
      0,
      () => VulnerablePackage$
    ];
    Annotations = 128 | 0;
    FindingSeverityCounts = 128 | 1;
    Tags = 128 | 0;
    BatchCheckLayerAvailability$ = [
      9,
      n0,
      _BCLA,
      0,
      () => BatchCheckLayerAvailabilityRequest$,
      () => BatchCheckLayerAvailabilityResponse$
    ];
    BatchDeleteImage$ = [
      9,
      n0,
      _BDI,
      0,
      () => BatchDeleteImageRequest$,
      () => BatchDeleteImageResponse$
    ];
    BatchGetImage$ = [
      9,
      n0,
      _BGI,
      0,
      () => BatchGetImageRequest$,
      () => BatchGetImageResponse$
    ];
    BatchGetRepositoryScanningConfiguration$ = [
      9,
      n0,
      _BGRSC,
      0,
      () => BatchGetRepositoryScanningConfigurationRequest$,
      () => BatchGetRepositoryScanningConfigurationResponse$
    ];
    CompleteLayerUpload$ = [
      9,
      n0,
      _CLU,
      0,
      () => CompleteLayerUploadRequest$,
      () => CompleteLayerUploadResponse$
    ];
    CreatePullThroughCacheRule$ = [
      9,
      n0,
      _CPTCR,
      0,
      () => CreatePullThroughCacheRuleRequest$,
      () => CreatePullThroughCacheRuleResponse$
    ];
    CreateRepository$ = [
      9,
      n0,
      _CR,
      0,
      () => CreateRepositoryRequest$,
      () => CreateRepositoryResponse$
    ];
    CreateRepositoryCreationTemplate$ = [
      9,
      n0,
      _CRCT,
      0,
      () => CreateRepositoryCreationTemplateRequest$,
      () => CreateRepositoryCreationTemplateResponse$
    ];
    DeleteLifecyclePolicy$ = [
      9,
      n0,
      _DLP,
      0,
      () => DeleteLifecyclePolicyRequest$,
      () => DeleteLifecyclePolicyResponse$
    ];
    DeletePullThroughCacheRule$ = [
      9,
      n0,
      _DPTCR,
      0,
      () => DeletePullThroughCacheRuleRequest$,
      () => DeletePullThroughCacheRuleResponse$
    ];
    DeleteRegistryPolicy$ = [
      9,
      n0,
      _DRP,
      0,
      () => DeleteRegistryPolicyRequest$,
      () => DeleteRegistryPolicyResponse$
    ];
    DeleteRepository$ = [
      9,
      n0,
      _DR,
      0,
      () => DeleteRepositoryRequest$,
      () => DeleteRepositoryResponse$
    ];
    DeleteRepositoryCreationTemplate$ = [
      9,
      n0,
      _DRCT,
      0,
      () => DeleteRepositoryCreationTemplateRequest$,
      () => DeleteRepositoryCreationTemplateResponse$
    ];
    DeleteRepositoryPolicy$ = [
      9,
      n0,
      _DRPe,
      0,
      () => DeleteRepositoryPolicyRequest$,
      () => DeleteRepositoryPolicyResponse$
    ];
    DeleteSigningConfiguration$ = [
      9,
      n0,
      _DSC,
      0,
      () => DeleteSigningConfigurationRequest$,
      () => DeleteSigningConfigurationResponse$
    ];
    DeregisterPullTimeUpdateExclusion$ = [
      9,
      n0,
      _DPTUE,
      0,
      () => DeregisterPullTimeUpdateExclusionRequest$,
      () => DeregisterPullTimeUpdateExclusionResponse$
    ];
    DescribeImageReplicationStatus$ = [
      9,
      n0,
      _DIRS,
      0,
      () => DescribeImageReplicationStatusRequest$,
      () => DescribeImageReplicationStatusResponse$
    ];
    DescribeImages$ = [
      9,
      n0,
      _DI,
      0,
      () => DescribeImagesRequest$,
      () => DescribeImagesResponse$
    ];
    DescribeImageScanFindings$ = [
      9,
      n0,
      _DISF,
      0,
      () => DescribeImageScanFindingsRequest$,
      () => DescribeImageScanFindingsResponse$
    ];
    DescribeImageSigningStatus$ = [
      9,
      n0,
      _DISS,
      0,
      () => DescribeImageSigningStatusRequest$,
      () => DescribeImageSigningStatusResponse$
    ];
    DescribePullThroughCacheRules$ = [
      9,
      n0,
      _DPTCRe,
      0,
      () => DescribePullThroughCacheRulesRequest$,
      () => DescribePullThroughCacheRulesResponse$
    ];
    DescribeRegistry$ = [
      9,
      n0,
      _DRe,
      0,
      () => DescribeRegistryRequest$,
      () => DescribeRegistryResponse$
    ];
    DescribeReplicationBackfillResults$ = [
      9,
      n0,
      _DRBR,
      0,
      () => DescribeReplicationBackfillResultsRequest$,
      () => DescribeReplicationBackfillResultsResponse$
    ];
    DescribeRepositories$ = [
      9,
      n0,
      _DRes,
      0,
      () => DescribeRepositoriesRequest$,
      () => DescribeRepositoriesResponse$
    ];
    DescribeRepositoryCreationTemplates$ = [
      9,
      n0,
      _DRCTe,
      0,
      () => DescribeRepositoryCreationTemplatesRequest$,
      () => DescribeRepositoryCreationTemplatesResponse$
    ];
    GetAccountSetting$ = [
      9,
      n0,
      _GAS,
      0,
      () => GetAccountSettingRequest$,
      () => GetAccountSettingResponse$
    ];
    GetAuthorizationToken$ = [
      9,
      n0,
      _GAT,
      0,
      () => GetAuthorizationTokenRequest$,
      () => GetAuthorizationTokenResponse$
    ];
    GetDownloadUrlForLayer$ = [
      9,
      n0,
      _GDUFL,
      0,
      () => GetDownloadUrlForLayerRequest$,
      () => GetDownloadUrlForLayerResponse$
    ];
    GetLifecyclePolicy$ = [
      9,
      n0,
      _GLP,
      0,
      () => GetLifecyclePolicyRequest$,
      () => GetLifecyclePolicyResponse$
    ];
    GetLifecyclePolicyPreview$ = [
      9,
      n0,
      _GLPP,
      0,
      () => GetLifecyclePolicyPreviewRequest$,
      () => GetLifecyclePolicyPreviewResponse$
    ];
    GetRegistryPolicy$ = [
      9,
      n0,
      _GRP,
      0,
      () => GetRegistryPolicyRequest$,
      () => GetRegistryPolicyResponse$
    ];
    GetRegistryScanningConfiguration$ = [
      9,
      n0,
      _GRSC,
      0,
      () => GetRegistryScanningConfigurationRequest$,
      () => GetRegistryScanningConfigurationResponse$
    ];
    GetRepositoryPolicy$ = [
      9,
      n0,
      _GRPe,
      0,
      () => GetRepositoryPolicyRequest$,
      () => GetRepositoryPolicyResponse$
    ];
    GetSigningConfiguration$ = [
      9,
      n0,
      _GSC,
      0,
      () => GetSigningConfigurationRequest$,
      () => GetSigningConfigurationResponse$
    ];
    InitiateLayerUpload$ = [
      9,
      n0,
      _ILU,
      0,
      () => InitiateLayerUploadRequest$,
      () => InitiateLayerUploadResponse$
    ];
    ListImageReferrers$ = [
      9,
      n0,
      _LIRis,
      0,
      () => ListImageReferrersRequest$,
      () => ListImageReferrersResponse$
    ];
    ListImages$ = [
      9,
      n0,
      _LI,
      0,
      () => ListImagesRequest$,
      () => ListImagesResponse$
    ];
    ListPullTimeUpdateExclusions$ = [
      9,
      n0,
      _LPTUE,
      0,
      () => ListPullTimeUpdateExclusionsRequest$,
      () => ListPullTimeUpdateExclusionsResponse$
    ];
    ListReplicationBackfills$ = [
      9,
      n0,
      _LRB,
      0,
      () => ListReplicationBackfillsRequest$,
      () => ListReplicationBackfillsResponse$
    ];
    ListTagsForResource$ = [
      9,
      n0,
      _LTFR,
      0,
      () => ListTagsForResourceRequest$,
      () => ListTagsForResourceResponse$
    ];
    PutAccountSetting$ = [
      9,
      n0,
      _PAS,
      0,
      () => PutAccountSettingRequest$,
      () => PutAccountSettingResponse$
    ];
    PutImage$ = [
      9,
      n0,
      _PI,
      0,
      () => PutImageRequest$,
      () => PutImageResponse$
    ];
    PutImageScanningConfiguration$ = [
      9,
      n0,
      _PISC,
      0,
      () => PutImageScanningConfigurationRequest$,
      () => PutImageScanningConfigurationResponse$
    ];
    PutImageTagMutability$ = [
      9,
      n0,
      _PITM,
      0,
      () => PutImageTagMutabilityRequest$,
      () => PutImageTagMutabilityResponse$
    ];
    PutLifecyclePolicy$ = [
      9,
      n0,
      _PLP,
      0,
      () => PutLifecyclePolicyRequest$,
      () => PutLifecyclePolicyResponse$
    ];
    PutRegistryPolicy$ = [
      9,
      n0,
      _PRP,
      0,
      () => PutRegistryPolicyRequest$,
      () => PutRegistryPolicyResponse$
    ];
    PutRegistryScanningConfiguration$ = [
      9,
      n0,
      _PRSC,
      0,
      () => PutRegistryScanningConfigurationRequest$,
      () => PutRegistryScanningConfigurationResponse$
    ];
    PutReplicationConfiguration$ = [
      9,
      n0,
      _PRC,
      0,
      () => PutReplicationConfigurationRequest$,
      () => PutReplicationConfigurationResponse$
    ];
    PutSigningConfiguration$ = [
      9,
      n0,
      _PSC,
      0,
      () => PutSigningConfigurationRequest$,
      () => PutSigningConfigurationResponse$
    ];
    RegisterPullTimeUpdateExclusion$ = [
      9,
      n0,
      _RPTUE,
      0,
      () => RegisterPullTimeUpdateExclusionRequest$,
      () => RegisterPullTimeUpdateExclusionResponse$
    ];
    SetRepositoryPolicy$ = [
      9,
      n0,
      _SRP,
      0,
      () => SetRepositoryPolicyRequest$,
      () => SetRepositoryPolicyResponse$
    ];
    StartImageScan$ = [
      9,
      n0,
      _SIS,
      0,
      () => StartImageScanRequest$,
      () => StartImageScanResponse$
    ];
    StartLifecyclePolicyPreview$ = [
      9,
      n0,
      _SLPP,
      0,
      () => StartLifecyclePolicyPreviewRequest$,
      () => StartLifecyclePolicyPreviewResponse$
    ];
    StartReplicationBackfill$ = [
      9,
      n0,
      _SRB,
      0,
      () => StartReplicationBackfillRequest$,
      () => StartReplicationBackfillResponse$
    ];
    StopReplicationBackfill$ = [
      9,
      n0,
      _SRBt,
      0,
      () => StopReplicationBackfillRequest$,
      () => StopReplicationBackfillResponse$
    ];
    TagResource$ = [
      9,
      n0,
      _TR,
      0,
      () => TagResourceRequest$,
      () => TagResourceResponse$
    ];
    UntagResource$ = [
      9,
      n0,
      _UR,
      0,
      () => UntagResourceRequest$,
      () => UntagResourceResponse$
    ];
    UpdateImageStorageClass$ = [
      9,
      n0,
      _UISC,
      0,
      () => UpdateImageStorageClassRequest$,
      () => UpdateImageStorageClassResponse$
    ];
    UpdatePullThroughCacheRule$ = [
      9,
      n0,
      _UPTCR,
      0,
      () => UpdatePullThroughCacheRuleRequest$,
      () => UpdatePullThroughCacheRuleResponse$
    ];
    UpdateRepositoryCreationTemplate$ = [
      9,
      n0,
      _URCT,
      0,
      () => UpdateRepositoryCreationTemplateRequest$,
      () => UpdateRepositoryCreationTemplateResponse$
    ];
    UploadLayerPart$ = [
      9,
      n0,
      _ULP,
      0,
      () => UploadLayerPartRequest$,
      () => UploadLayerPartResponse$
    ];
    ValidatePullThroughCacheRule$ = [
      9,
      n0,
      _VPTCR,
      0,
      () => ValidatePullThroughCacheRuleRequest$,
      () => ValidatePullThroughCacheRuleResponse$
    ];
  }
});

// ../../node_modules/@aws-sdk/client-ecr/dist-es/runtimeConfig.shared.js
var getRuntimeConfig;
var init_runtimeConfig_shared = __esm({
  "../../node_modules/@aws-sdk/client-ecr/dist-es/runtimeConfig.shared.js"() {
    "use strict";
    init_httpAuthSchemes();
    init_protocols2();
    init_checksum();
    init_client();
    init_protocols();
    init_serde();
    init_httpAuthSchemeProvider();
    init_endpointResolver();
    init_schemas_0();
    getRuntimeConfig = (config) => {
      return {
        apiVersion: "2015-09-21",
        base64Decoder: config?.base64Decoder ?? fromBase64,
        base64Encoder: config?.base64Encoder ?? toBase64,
        disableHostPrefix: config?.disableHostPrefix ?? false,
        endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
        extensions: config?.extensions ?? [],
        httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultECRHttpAuthSchemeProvider,
        httpAuthSchemes: config?.httpAuthSchemes ?? [
          {
            schemeId: "aws.auth#sigv4",
            identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
            signer: new AwsSdkSigV4Signer()
          }
        ],
        logger: config?.logger ?? new NoOpLogger(),
        protocol: config?.protocol ?? AwsJson1_1Protocol,
        protocolSettings: config?.protocolSettings ?? {
          defaultNamespace: "com.amazonaws.ecr",
          errorTypeRegistries,
          xmlNamespace: "http://ecr.amazonaws.com/doc/2015-09-21/",
          version: "2015-09-21",
          serviceTarget: "AmazonEC2ContainerRegistry_V20150921"
        },
        serviceId: config?.serviceId ?? "ECR",
        sha256: config?.sha256 ?? Sha256Node,
        urlParser: config?.urlParser ?? parseUrl,
        utf8Decoder: config?.utf8Decoder ?? fromUtf8,
        utf8Encoder: config?.utf8Encoder ?? toUtf8
      };
    };
  }
});

// ../../node_modules/@aws-sdk/client-ecr/dist-es/runtimeConfig.js
var getRuntimeConfig2;
var init_runtimeConfig = __esm({
  "../../node_modules/@aws-sdk/client-ecr/dist-es/runtimeConfig.js"() {
    "use strict";
    init_package();
    init_client2();
    init_httpAuthSchemes();
    init_dist_es4();
    init_client();
    init_config();
    init_retry();
    init_serde();
    init_dist_es3();
    init_runtimeConfig_shared();
    getRuntimeConfig2 = (config) => {
      emitWarningIfUnsupportedVersion2(process.version);
      const defaultsMode = resolveDefaultsModeConfig(config);
      const defaultConfigProvider = () => defaultsMode().then(loadConfigsForDefaultMode);
      const clientSharedValues = getRuntimeConfig(config);
      emitWarningIfUnsupportedVersion(process.version);
      const loaderConfig = {
        profile: config?.profile,
        logger: clientSharedValues.logger
      };
      return {
        ...clientSharedValues,
        ...config,
        runtime: "node",
        defaultsMode,
        authSchemePreference: config?.authSchemePreference ?? loadConfig(NODE_AUTH_SCHEME_PREFERENCE_OPTIONS, loaderConfig),
        bodyLengthChecker: config?.bodyLengthChecker ?? calculateBodyLength,
        credentialDefaultProvider: config?.credentialDefaultProvider ?? defaultProvider,
        defaultSocketTimeout: getDefaultSocketTimeout(config?.requestHandler, 3e5),
        defaultUserAgentProvider: config?.defaultUserAgentProvider ?? createDefaultUserAgentProvider({ serviceId: clientSharedValues.serviceId, clientVersion: package_default.version }),
        maxAttempts: config?.maxAttempts ?? loadConfig(NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
        region: config?.region ?? loadConfig(NODE_REGION_CONFIG_OPTIONS, { ...NODE_REGION_CONFIG_FILE_OPTIONS, ...loaderConfig }),
        requestHandler: NodeHttpHandler.create(config?.requestHandler ?? defaultConfigProvider),
        retryMode: config?.retryMode ?? loadConfig({
          ...NODE_RETRY_MODE_CONFIG_OPTIONS,
          default: async () => (await defaultConfigProvider()).retryMode || DEFAULT_RETRY_MODE
        }, config),
        streamCollector: config?.streamCollector ?? streamCollector,
        useDualstackEndpoint: config?.useDualstackEndpoint ?? loadConfig(NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        useFipsEndpoint: config?.useFipsEndpoint ?? loadConfig(NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        userAgentAppId: config?.userAgentAppId ?? loadConfig(NODE_APP_ID_CONFIG_OPTIONS, loaderConfig)
      };
    };
  }
});

// ../../node_modules/@aws-sdk/client-ecr/dist-es/auth/httpAuthExtensionConfiguration.js
var getHttpAuthExtensionConfiguration, resolveHttpAuthRuntimeConfig;
var init_httpAuthExtensionConfiguration = __esm({
  "../../node_modules/@aws-sdk/client-ecr/dist-es/auth/httpAuthExtensionConfiguration.js"() {
    "use strict";
    getHttpAuthExtensionConfiguration = (runtimeConfig) => {
      const _httpAuthSchemes = runtimeConfig.httpAuthSchemes;
      let _httpAuthSchemeProvider = runtimeConfig.httpAuthSchemeProvider;
      let _credentials = runtimeConfig.credentials;
      return {
        setHttpAuthScheme(httpAuthScheme) {
          const index = _httpAuthSchemes.findIndex((scheme) => scheme.schemeId === httpAuthScheme.schemeId);
          if (index === -1) {
            _httpAuthSchemes.push(httpAuthScheme);
          } else {
            _httpAuthSchemes.splice(index, 1, httpAuthScheme);
          }
        },
        httpAuthSchemes() {
          return _httpAuthSchemes;
        },
        setHttpAuthSchemeProvider(httpAuthSchemeProvider) {
          _httpAuthSchemeProvider = httpAuthSchemeProvider;
        },
        httpAuthSchemeProvider() {
          return _httpAuthSchemeProvider;
        },
        setCredentials(credentials) {
          _credentials = credentials;
        },
        credentials() {
          return _credentials;
        }
      };
    };
    resolveHttpAuthRuntimeConfig = (config) => {
      return {
        httpAuthSchemes: config.httpAuthSchemes(),
        httpAuthSchemeProvider: config.httpAuthSchemeProvider(),
        credentials: config.credentials()
      };
    };
  }
});

// ../../node_modules/@aws-sdk/client-ecr/dist-es/runtimeExtensions.js
var resolveRuntimeExtensions;
var init_runtimeExtensions = __esm({
  "../../node_modules/@aws-sdk/client-ecr/dist-es/runtimeExtensions.js"() {
    "use strict";
    init_client2();
    init_client();
    init_protocols();
    init_httpAuthExtensionConfiguration();
    resolveRuntimeExtensions = (runtimeConfig, extensions) => {
      const extensionConfiguration = Object.assign(getAwsRegionExtensionConfiguration(runtimeConfig), getDefaultExtensionConfiguration(runtimeConfig), getHttpHandlerExtensionConfiguration(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
      extensions.forEach((extension) => extension.configure(extensionConfiguration));
      return Object.assign(runtimeConfig, resolveAwsRegionExtensionConfiguration(extensionConfiguration), resolveDefaultRuntimeConfig(extensionConfiguration), resolveHttpHandlerRuntimeConfig(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
    };
  }
});

// ../../node_modules/@aws-sdk/client-ecr/dist-es/ECRClient.js
var ECRClient;
var init_ECRClient = __esm({
  "../../node_modules/@aws-sdk/client-ecr/dist-es/ECRClient.js"() {
    "use strict";
    init_client2();
    init_dist_es();
    init_client();
    init_config();
    init_endpoints();
    init_protocols();
    init_retry();
    init_schema();
    init_httpAuthSchemeProvider();
    init_EndpointParameters();
    init_runtimeConfig();
    init_runtimeExtensions();
    ECRClient = class extends Client {
      config;
      constructor(...[configuration]) {
        const _config_0 = getRuntimeConfig2(configuration || {});
        super(_config_0);
        this.initConfig = _config_0;
        const _config_1 = resolveClientEndpointParameters(_config_0);
        const _config_2 = resolveUserAgentConfig(_config_1);
        const _config_3 = resolveRetryConfig(_config_2);
        const _config_4 = resolveRegionConfig(_config_3);
        const _config_5 = resolveHostHeaderConfig(_config_4);
        const _config_6 = resolveEndpointConfig(_config_5);
        const _config_7 = resolveHttpAuthSchemeConfig(_config_6);
        const _config_8 = resolveRuntimeExtensions(_config_7, configuration?.extensions || []);
        this.config = _config_8;
        this.middlewareStack.use(getSchemaSerdePlugin(this.config));
        this.middlewareStack.use(getUserAgentPlugin(this.config));
        this.middlewareStack.use(getRetryPlugin(this.config));
        this.middlewareStack.use(getContentLengthPlugin(this.config));
        this.middlewareStack.use(getHostHeaderPlugin(this.config));
        this.middlewareStack.use(getLoggerPlugin(this.config));
        this.middlewareStack.use(getRecursionDetectionPlugin(this.config));
        this.middlewareStack.use(getHttpAuthSchemeEndpointRuleSetPlugin(this.config, {
          httpAuthSchemeParametersProvider: defaultECRHttpAuthSchemeParametersProvider,
          identityProviderConfigProvider: async (config) => new DefaultIdentityProviderConfig({
            "aws.auth#sigv4": config.credentials
          })
        }));
        this.middlewareStack.use(getHttpSigningPlugin(this.config));
      }
      destroy() {
        super.destroy();
      }
    };
  }
});

// ../../node_modules/@aws-sdk/client-ecr/dist-es/commandBuilder.js
var command, _ep0, _mw0;
var init_commandBuilder = __esm({
  "../../node_modules/@aws-sdk/client-ecr/dist-es/commandBuilder.js"() {
    "use strict";
    init_client();
    init_endpoints();
    init_EndpointParameters();
    command = makeBuilder(commonParams, "AmazonEC2ContainerRegistry_V20150921", "ECRClient", getEndpointPlugin);
    _ep0 = {};
    _mw0 = (Command, cs, config, o) => [];
  }
});

// ../../node_modules/@aws-sdk/client-ecr/dist-es/commands/BatchCheckLayerAvailabilityCommand.js
var BatchCheckLayerAvailabilityCommand;
var init_BatchCheckLayerAvailabilityCommand = __esm({
  "../../node_modules/@aws-sdk/client-ecr/dist-es/commands/BatchCheckLayerAvailabilityCommand.js"() {
    "use strict";
    init_commandBuilder();
    init_schemas_0();
    BatchCheckLayerAvailabilityCommand = class extends command(_ep0, _mw0, "BatchCheckLayerAvailability", BatchCheckLayerAvailability$) {
    };
  }
});

// ../../node_modules/@aws-sdk/client-ecr/dist-es/commands/BatchDeleteImageCommand.js
var BatchDeleteImageCommand;
var init_BatchDeleteImageCommand = __esm({
  "../../node_modules/@aws-sdk/client-ecr/dist-es/commands/BatchDeleteImageCommand.js"() {
    "use strict";
    init_commandBuilder();
    init_schemas_0();
    BatchDeleteImageCommand = class extends command(_ep0, _mw0, "BatchDeleteImage", BatchDeleteImage$) {
    };
  }
});

// ../../node_modules/@aws-sdk/client-ecr/dist-es/commands/BatchGetImageCommand.js
var BatchGetImageCommand;
var init_BatchGetImageCommand = __esm({
  "../../node_modules/@aws-sdk/client-ecr/dist-es/commands/BatchGetImageCommand.js"() {
    "use strict";
    init_commandBuilder();
    init_schemas_0();
    BatchGetImageCommand = class extends command(_ep0, _mw0, "BatchGetImage", BatchGetImage$) {
    };
  }
});

// ../../node_modules/@aws-sdk/client-ecr/dist-es/commands/BatchGetRepositoryScanningConfigurationCommand.js
var BatchGetRepositoryScanningConfigurationCommand;
var init_BatchGetRepositoryScanningConfigurationCommand = __esm({
  "../../node_modules/@aws-sdk/client-ecr/dist-es/commands/BatchGetRepositoryScanningConfigurationCommand.js"() {
    "use strict";
    init_commandBuilder();
    init_schemas_0();
    BatchGetRepositoryScanningConfigurationCommand = class extends command(_ep0, _mw0, "BatchGetRepositoryScanningConfiguration", BatchGetRepositoryScanningConfiguration$) {
    };
  }
});

// ../../node_modules/@aws-sdk/client-ecr/dist-es/commands/CompleteLayerUploadCommand.js
var CompleteLayerUploadCommand;
var init_CompleteLayerUploadCommand = __esm({
  "../../node_modules/@aws-sdk/client-ecr/dist-es/commands/CompleteLayerUploadCommand.js"() {
    "use strict";
    init_commandBuilder();
    init_schemas_0();
    CompleteLayerUploadCommand = class extends command(_ep0, _mw0, "CompleteLayerUpload", CompleteLayerUpload$) {
    };
  }
});

// ../../node_modules/@aws-sdk/client-ecr/dist-es/commands/CreatePullThroughCacheRuleCommand.js
var CreatePullThroughCacheRuleCommand;
var init_CreatePullThroughCacheRuleCommand = __esm({
  "../../node_modules/@aws-sdk/client-ecr/dist-es/commands/CreatePullThroughCacheRuleCommand.js"() {
    "use strict";
    init_commandBuilder();
    init_schemas_0();
    CreatePullThroughCacheRuleCommand = class extends command(_ep0, _mw0, "CreatePullThroughCacheRule", CreatePullThroughCacheRule$) {
    };
  }
});

// ../../node_modules/@aws-sdk/client-ecr/dist-es/commands/CreateRepositoryCommand.js
var CreateRepositoryCommand;
var init_CreateRepositoryCommand = __esm({
  "../../node_modules/@aws-sdk/client-ecr/dist-es/commands/CreateRepositoryCommand.js"() {
    "use strict";
    init_commandBuilder();
    init_schemas_0();
    CreateRepositoryCommand = class extends command(_ep0, _mw0, "CreateRepository", CreateRepository$) {
    };
  }
});

// ../../node_modules/@aws-sdk/client-ecr/dist-es/commands/CreateRepositoryCreationTemplateCommand.js
var CreateRepositoryCreationTemplateCommand;
var init_CreateRepositoryCreationTemplateCommand = __esm({
  "../../node_modules/@aws-sdk/client-ecr/dist-es/commands/CreateRepositoryCreationTemplateCommand.js"() {
    "use strict";
    init_commandBuilder();
    init_schemas_0();
    CreateRepositoryCreationTemplateCommand = class extends command(_ep0, _mw0, "CreateRepositoryCreationTemplate", CreateRepositoryCreationTemplate$) {
    };
  }
});

// ../../node_modules/@aws-sdk/client-ecr/dist-es/commands/DeleteLifecyclePolicyCommand.js
var DeleteLifecyclePolicyCommand;
var init_DeleteLifecyclePolicyCommand = __esm({
  "../../node_modules/@aws-sdk/client-ecr/dist-es/commands/DeleteLifecyclePolicyCommand.js"() {
    "use strict";
    init_commandBuilder();
    init_schemas_0();
    DeleteLifecyclePolicyCommand = class extends command(_ep0, _mw0, "DeleteLifecyclePolicy", DeleteLifecyclePolicy$) {
    };
  }
});

// ../../node_modules/@aws-sdk/client-ecr/dist-es/commands/DeletePullThroughCacheRuleCommand.js
var DeletePullThroughCacheRuleCommand;
var init_DeletePullThroughCacheRuleCommand = __esm({
  "../../node_modules/@aws-sdk/client-ecr/dist-es/commands/DeletePullThroughCacheRuleCommand.js"() {
    "use strict";
    init_commandBuilder();
    init_schemas_0();
    DeletePullThroughCacheRuleCommand = class extends command(_ep0, _mw0, "DeletePullThroughCacheRule", DeletePullThroughCacheRule$) {
    };
  }
});

// ../../node_modules/@aws-sdk/client-ecr/dist-es/commands/DeleteRegistryPolicyCommand.js
var DeleteRegistryPolicyCommand;
var init_DeleteRegistryPolicyCommand = __esm({
  "../../node_modules/@aws-sdk/client-ecr/dist-es/commands/DeleteRegistryPolicyCommand.js"() {
    "use strict";
    init_commandBuilder();
    init_schemas_0();
    DeleteRegistryPolicyCommand = class extends command(_ep0, _mw0, "DeleteRegistryPolicy", DeleteRegistryPolicy$) {
    };
  }
});

// ../../node_modules/@aws-sdk/client-ecr/dist-es/commands/DeleteRepositoryCommand.js
var DeleteRepositoryCommand;
var init_DeleteRepositoryCommand = __esm({
  "../../node_modules/@aws-sdk/client-ecr/dist-es/commands/DeleteRepositoryCommand.js"() {
    "use strict";
    init_commandBuilder();
    init_schemas_0();
    DeleteRepositoryCommand = class extends command(_ep0, _mw0, "DeleteRepository", DeleteRepository$) {
    };
  }
});

// ../../node_modules/@aws-sdk/client-ecr/dist-es/commands/DeleteRepositoryCreationTemplateCommand.js
var DeleteRepositoryCreationTemplateCommand;
var init_DeleteRepositoryCreationTemplateCommand = __esm({
  "../../node_modules/@aws-sdk/client-ecr/dist-es/commands/DeleteRepositoryCreationTemplateCommand.js"() {
    "use strict";
    init_commandBuilder();
    init_schemas_0();
    DeleteRepositoryCreationTemplateCommand = class extends command(_ep0, _mw0, "DeleteRepositoryCreationTemplate", DeleteRepositoryCreationTemplate$) {
    };
  }
});

// ../../node_modules/@aws-sdk/client-ecr/dist-es/commands/DeleteRepositoryPolicyCommand.js
var DeleteRepositoryPolicyCommand;
var init_DeleteRepositoryPolicyCommand = __esm({
  "../../node_modules/@aws-sdk/client-ecr/dist-es/commands/DeleteRepositoryPolicyCommand.js"() {
    "use strict";
    init_commandBuilder();
    init_schemas_0();
    DeleteRepositoryPolicyCommand = class extends command(_ep0, _mw0, "DeleteRepositoryPolicy", DeleteRepositoryPolicy$) {
    };
  }
});

// ../../node_modules/@aws-sdk/client-ecr/dist-es/commands/DeleteSigningConfigurationCommand.js
var DeleteSigningConfigurationCommand;
var init_DeleteSigningConfigurationCommand = __esm({
  "../../node_modules/@aws-sdk/client-ecr/dist-es/commands/DeleteSigningConfigurationCommand.js"() {
    "use strict";
    init_commandBuilder();
    init_schemas_0();
    DeleteSigningConfigurationCommand = class extends command(_ep0, _mw0, "DeleteSigningConfiguration", DeleteSigningConfiguration$) {
    };
  }
});

// ../../node_modules/@aws-sdk/client-ecr/dist-es/commands/DeregisterPullTimeUpdateExclusionCommand.js
var DeregisterPullTimeUpdateExclusionCommand;
var init_DeregisterPullTimeUpdateExclusionCommand = __esm({
  "../../node_modules/@aws-sdk/client-ecr/dist-es/commands/DeregisterPullTimeUpdateExclusionCommand.js"() {
    "use strict";
    init_commandBuilder();
    init_schemas_0();
    DeregisterPullTimeUpdateExclusionCommand = class extends command(_ep0, _mw0, "DeregisterPullTimeUpdateExclusion", DeregisterPullTimeUpdateExclusion$) {
    };
  }
});

// ../../node_modules/@aws-sdk/client-ecr/dist-es/commands/DescribeImageReplicationStatusCommand.js
var DescribeImageReplicationStatusCommand;
var init_DescribeImageReplicationStatusCommand = __esm({
  "../../node_modules/@aws-sdk/client-ecr/dist-es/commands/DescribeImageReplicationStatusCommand.js"() {
    "use strict";
    init_commandBuilder();
    init_schemas_0();
    DescribeImageReplicationStatusCommand = class extends command(_ep0, _mw0, "DescribeImageReplicationStatus", DescribeImageReplicationStatus$) {
    };
  }
});

// ../../node_modules/@aws-sdk/client-ecr/dist-es/commands/DescribeImageScanFindingsCommand.js
var DescribeImageScanFindingsCommand;
var init_DescribeImageScanFindingsCommand = __esm({
  "../../node_modules/@aws-sdk/client-ecr/dist-es/commands/DescribeImageScanFindingsCommand.js"() {
    "use strict";
    init_commandBuilder();
    init_schemas_0();
    DescribeImageScanFindingsCommand = class extends command(_ep0, _mw0, "DescribeImageScanFindings", DescribeImageScanFindings$) {
    };
  }
});

// ../../node_modules/@aws-sdk/client-ecr/dist-es/commands/DescribeImagesCommand.js
var DescribeImagesCommand;
var init_DescribeImagesCommand = __esm({
  "../../node_modules/@aws-sdk/client-ecr/dist-es/commands/DescribeImagesCommand.js"() {
    "use strict";
    init_commandBuilder();
    init_schemas_0();
    DescribeImagesCommand = class extends command(_ep0, _mw0, "DescribeImages", DescribeImages$) {
    };
  }
});

// ../../node_modules/@aws-sdk/client-ecr/dist-es/commands/DescribeImageSigningStatusCommand.js
var DescribeImageSigningStatusCommand;
var init_DescribeImageSigningStatusCommand = __esm({
  "../../node_modules/@aws-sdk/client-ecr/dist-es/commands/DescribeImageSigningStatusCommand.js"() {
    "use strict";
    init_commandBuilder();
    init_schemas_0();
    DescribeImageSigningStatusCommand = class extends command(_ep0, _mw0, "DescribeImageSigningStatus", DescribeImageSigningStatus$) {
    };
  }
});

// ../../node_modules/@aws-sdk/client-ecr/dist-es/commands/DescribePullThroughCacheRulesCommand.js
var DescribePullThroughCacheRulesCommand;
var init_DescribePullThroughCacheRulesCommand = __esm({
  "../../node_modules/@aws-sdk/client-ecr/dist-es/commands/DescribePullThroughCacheRulesCommand.js"() {
    "use strict";
    init_commandBuilder();
    init_schemas_0();
    DescribePullThroughCacheRulesCommand = class extends command(_ep0, _mw0, "DescribePullThroughCacheRules", DescribePullThroughCacheRules$) {
    };
  }
});

// ../../node_modules/@aws-sdk/client-ecr/dist-es/commands/DescribeRegistryCommand.js
var DescribeRegistryCommand;
var init_DescribeRegistryCommand = __esm({
  "../../node_modules/@aws-sdk/client-ecr/dist-es/commands/DescribeRegistryCommand.js"() {
    "use strict";
    init_commandBuilder();
    init_schemas_0();
    DescribeRegistryCommand = class extends command(_ep0, _mw0, "DescribeRegistry", DescribeRegistry$) {
    };
  }
});

// ../../node_modules/@aws-sdk/client-ecr/dist-es/commands/DescribeReplicationBackfillResultsCommand.js
var DescribeReplicationBackfillResultsCommand;
var init_DescribeReplicationBackfillResultsCommand = __esm({
  "../../node_modules/@aws-sdk/client-ecr/dist-es/commands/DescribeReplicationBackfillResultsCommand.js"() {
    "use strict";
    init_commandBuilder();
    init_schemas_0();
    DescribeReplicationBackfillResultsCommand = class extends command(_ep0, _mw0, "DescribeReplicationBackfillResults", DescribeReplicationBackfillResults$) {
    };
  }
});

// ../../node_modules/@aws-sdk/client-ecr/dist-es/commands/DescribeRepositoriesCommand.js
var DescribeRepositoriesCommand;
var init_DescribeRepositoriesCommand = __esm({
  "../../node_modules/@aws-sdk/client-ecr/dist-es/commands/DescribeRepositoriesCommand.js"() {
    "use strict";
    init_commandBuilder();
    init_schemas_0();
    DescribeRepositoriesCommand = class extends command(_ep0, _mw0, "DescribeRepositories", DescribeRepositories$) {
    };
  }
});

// ../../node_modules/@aws-sdk/client-ecr/dist-es/commands/DescribeRepositoryCreationTemplatesCommand.js
var DescribeRepositoryCreationTemplatesCommand;
var init_DescribeRepositoryCreationTemplatesCommand = __esm({
  "../../node_modules/@aws-sdk/client-ecr/dist-es/commands/DescribeRepositoryCreationTemplatesCommand.js"() {
    "use strict";
    init_commandBuilder();
    init_schemas_0();
    DescribeRepositoryCreationTemplatesCommand = class extends command(_ep0, _mw0, "DescribeRepositoryCreationTemplates", DescribeRepositoryCreationTemplates$) {
    };
  }
});

// ../../node_modules/@aws-sdk/client-ecr/dist-es/commands/GetAccountSettingCommand.js
var GetAccountSettingCommand;
var init_GetAccountSettingCommand = __esm({
  "../../node_modules/@aws-sdk/client-ecr/dist-es/commands/GetAccountSettingCommand.js"() {
    "use strict";
    init_commandBuilder();
    init_schemas_0();
    GetAccountSettingCommand = class extends command(_ep0, _mw0, "GetAccountSetting", GetAccountSetting$) {
    };
  }
});

// ../../node_modules/@aws-sdk/client-ecr/dist-es/commands/GetAuthorizationTokenCommand.js
var GetAuthorizationTokenCommand;
var init_GetAuthorizationTokenCommand = __esm({
  "../../node_modules/@aws-sdk/client-ecr/dist-es/commands/GetAuthorizationTokenCommand.js"() {
    "use strict";
    init_commandBuilder();
    init_schemas_0();
    GetAuthorizationTokenCommand = class extends command(_ep0, _mw0, "GetAuthorizationToken", GetAuthorizationToken$) {
    };
  }
});

// ../../node_modules/@aws-sdk/client-ecr/dist-es/commands/GetDownloadUrlForLayerCommand.js
var GetDownloadUrlForLayerCommand;
var init_GetDownloadUrlForLayerCommand = __esm({
  "../../node_modules/@aws-sdk/client-ecr/dist-es/commands/GetDownloadUrlForLayerCommand.js"() {
    "use strict";
    init_commandBuilder();
    init_schemas_0();
    GetDownloadUrlForLayerCommand = class extends command(_ep0, _mw0, "GetDownloadUrlForLayer", GetDownloadUrlForLayer$) {
    };
  }
});

// ../../node_modules/@aws-sdk/client-ecr/dist-es/commands/GetLifecyclePolicyCommand.js
var GetLifecyclePolicyCommand;
var init_GetLifecyclePolicyCommand = __esm({
  "../../node_modules/@aws-sdk/client-ecr/dist-es/commands/GetLifecyclePolicyCommand.js"() {
    "use strict";
    init_commandBuilder();
    init_schemas_0();
    GetLifecyclePolicyCommand = class extends command(_ep0, _mw0, "GetLifecyclePolicy", GetLifecyclePolicy$) {
    };
  }
});

// ../../node_modules/@aws-sdk/client-ecr/dist-es/commands/GetLifecyclePolicyPreviewCommand.js
var GetLifecyclePolicyPreviewCommand;
var init_GetLifecyclePolicyPreviewCommand = __esm({
  "../../node_modules/@aws-sdk/client-ecr/dist-es/commands/GetLifecyclePolicyPreviewCommand.js"() {
    "use strict";
    init_commandBuilder();
    init_schemas_0();
    GetLifecyclePolicyPreviewCommand = class extends command(_ep0, _mw0, "GetLifecyclePolicyPreview", GetLifecyclePolicyPreview$) {
    };
  }
});

// ../../node_modules/@aws-sdk/client-ecr/dist-es/commands/GetRegistryPolicyCommand.js
var GetRegistryPolicyCommand;
var init_GetRegistryPolicyCommand = __esm({
  "../../node_modules/@aws-sdk/client-ecr/dist-es/commands/GetRegistryPolicyCommand.js"() {
    "use strict";
    init_commandBuilder();
    init_schemas_0();
    GetRegistryPolicyCommand = class extends command(_ep0, _mw0, "GetRegistryPolicy", GetRegistryPolicy$) {
    };
  }
});

// ../../node_modules/@aws-sdk/client-ecr/dist-es/commands/GetRegistryScanningConfigurationCommand.js
var GetRegistryScanningConfigurationCommand;
var init_GetRegistryScanningConfigurationCommand = __esm({
  "../../node_modules/@aws-sdk/client-ecr/dist-es/commands/GetRegistryScanningConfigurationCommand.js"() {
    "use strict";
    init_commandBuilder();
    init_schemas_0();
    GetRegistryScanningConfigurationCommand = class extends command(_ep0, _mw0, "GetRegistryScanningConfiguration", GetRegistryScanningConfiguration$) {
    };
  }
});

// ../../node_modules/@aws-sdk/client-ecr/dist-es/commands/GetRepositoryPolicyCommand.js
var GetRepositoryPolicyCommand;
var init_GetRepositoryPolicyCommand = __esm({
  "../../node_modules/@aws-sdk/client-ecr/dist-es/commands/GetRepositoryPolicyCommand.js"() {
    "use strict";
    init_commandBuilder();
    init_schemas_0();
    GetRepositoryPolicyCommand = class extends command(_ep0, _mw0, "GetRepositoryPolicy", GetRepositoryPolicy$) {
    };
  }
});

// ../../node_modules/@aws-sdk/client-ecr/dist-es/commands/GetSigningConfigurationCommand.js
var GetSigningConfigurationCommand;
var init_GetSigningConfigurationCommand = __esm({
  "../../node_modules/@aws-sdk/client-ecr/dist-es/commands/GetSigningConfigurationCommand.js"() {
    "use strict";
    init_commandBuilder();
    init_schemas_0();
    GetSigningConfigurationCommand = class extends command(_ep0, _mw0, "GetSigningConfiguration", GetSigningConfiguration$) {
    };
  }
});

// ../../node_modules/@aws-sdk/client-ecr/dist-es/commands/InitiateLayerUploadCommand.js
var InitiateLayerUploadCommand;
var init_InitiateLayerUploadCommand = __esm({
  "../../node_modules/@aws-sdk/client-ecr/dist-es/commands/InitiateLayerUploadCommand.js"() {
    "use strict";
    init_commandBuilder();
    init_schemas_0();
    InitiateLayerUploadCommand = class extends command(_ep0, _mw0, "InitiateLayerUpload", InitiateLayerUpload$) {
    };
  }
});

// ../../node_modules/@aws-sdk/client-ecr/dist-es/commands/ListImageReferrersCommand.js
var ListImageReferrersCommand;
var init_ListImageReferrersCommand = __esm({
  "../../node_modules/@aws-sdk/client-ecr/dist-es/commands/ListImageReferrersCommand.js"() {
    "use strict";
    init_commandBuilder();
    init_schemas_0();
    ListImageReferrersCommand = class extends command(_ep0, _mw0, "ListImageReferrers", ListImageReferrers$) {
    };
  }
});

// ../../node_modules/@aws-sdk/client-ecr/dist-es/commands/ListImagesCommand.js
var ListImagesCommand;
var init_ListImagesCommand = __esm({
  "../../node_modules/@aws-sdk/client-ecr/dist-es/commands/ListImagesCommand.js"() {
    "use strict";
    init_commandBuilder();
    init_schemas_0();
    ListImagesCommand = class extends command(_ep0, _mw0, "ListImages", ListImages$) {
    };
  }
});

// ../../node_modules/@aws-sdk/client-ecr/dist-es/commands/ListPullTimeUpdateExclusionsCommand.js
var ListPullTimeUpdateExclusionsCommand;
var init_ListPullTimeUpdateExclusionsCommand = __esm({
  "../../node_modules/@aws-sdk/client-ecr/dist-es/commands/ListPullTimeUpdateExclusionsCommand.js"() {
    "use strict";
    init_commandBuilder();
    init_schemas_0();
    ListPullTimeUpdateExclusionsCommand = class extends command(_ep0, _mw0, "ListPullTimeUpdateExclusions", ListPullTimeUpdateExclusions$) {
    };
  }
});

// ../../node_modules/@aws-sdk/client-ecr/dist-es/commands/ListReplicationBackfillsCommand.js
var ListReplicationBackfillsCommand;
var init_ListReplicationBackfillsCommand = __esm({
  "../../node_modules/@aws-sdk/client-ecr/dist-es/commands/ListReplicationBackfillsCommand.js"() {
    "use strict";
    init_commandBuilder();
    init_schemas_0();
    ListReplicationBackfillsCommand = class extends command(_ep0, _mw0, "ListReplicationBackfills", ListReplicationBackfills$) {
    };
  }
});

// ../../node_modules/@aws-sdk/client-ecr/dist-es/commands/ListTagsForResourceCommand.js
var ListTagsForResourceCommand;
var init_ListTagsForResourceCommand = __esm({
  "../../node_modules/@aws-sdk/client-ecr/dist-es/commands/ListTagsForResourceCommand.js"() {
    "use strict";
    init_commandBuilder();
    init_schemas_0();
    ListTagsForResourceCommand = class extends command(_ep0, _mw0, "ListTagsForResource", ListTagsForResource$) {
    };
  }
});

// ../../node_modules/@aws-sdk/client-ecr/dist-es/commands/PutAccountSettingCommand.js
var PutAccountSettingCommand;
var init_PutAccountSettingCommand = __esm({
  "../../node_modules/@aws-sdk/client-ecr/dist-es/commands/PutAccountSettingCommand.js"() {
    "use strict";
    init_commandBuilder();
    init_schemas_0();
    PutAccountSettingCommand = class extends command(_ep0, _mw0, "PutAccountSetting", PutAccountSetting$) {
    };
  }
});

// ../../node_modules/@aws-sdk/client-ecr/dist-es/commands/PutImageCommand.js
var PutImageCommand;
var init_PutImageCommand = __esm({
  "../../node_modules/@aws-sdk/client-ecr/dist-es/commands/PutImageCommand.js"() {
    "use strict";
    init_commandBuilder();
    init_schemas_0();
    PutImageCommand = class extends command(_ep0, _mw0, "PutImage", PutImage$) {
    };
  }
});

// ../../node_modules/@aws-sdk/client-ecr/dist-es/commands/PutImageScanningConfigurationCommand.js
var PutImageScanningConfigurationCommand;
var init_PutImageScanningConfigurationCommand = __esm({
  "../../node_modules/@aws-sdk/client-ecr/dist-es/commands/PutImageScanningConfigurationCommand.js"() {
    "use strict";
    init_commandBuilder();
    init_schemas_0();
    PutImageScanningConfigurationCommand = class extends command(_ep0, _mw0, "PutImageScanningConfiguration", PutImageScanningConfiguration$) {
    };
  }
});

// ../../node_modules/@aws-sdk/client-ecr/dist-es/commands/PutImageTagMutabilityCommand.js
var PutImageTagMutabilityCommand;
var init_PutImageTagMutabilityCommand = __esm({
  "../../node_modules/@aws-sdk/client-ecr/dist-es/commands/PutImageTagMutabilityCommand.js"() {
    "use strict";
    init_commandBuilder();
    init_schemas_0();
    PutImageTagMutabilityCommand = class extends command(_ep0, _mw0, "PutImageTagMutability", PutImageTagMutability$) {
    };
  }
});

// ../../node_modules/@aws-sdk/client-ecr/dist-es/commands/PutLifecyclePolicyCommand.js
var PutLifecyclePolicyCommand;
var init_PutLifecyclePolicyCommand = __esm({
  "../../node_modules/@aws-sdk/client-ecr/dist-es/commands/PutLifecyclePolicyCommand.js"() {
    "use strict";
    init_commandBuilder();
    init_schemas_0();
    PutLifecyclePolicyCommand = class extends command(_ep0, _mw0, "PutLifecyclePolicy", PutLifecyclePolicy$) {
    };
  }
});

// ../../node_modules/@aws-sdk/client-ecr/dist-es/commands/PutRegistryPolicyCommand.js
var PutRegistryPolicyCommand;
var init_PutRegistryPolicyCommand = __esm({
  "../../node_modules/@aws-sdk/client-ecr/dist-es/commands/PutRegistryPolicyCommand.js"() {
    "use strict";
    init_commandBuilder();
    init_schemas_0();
    PutRegistryPolicyCommand = class extends command(_ep0, _mw0, "PutRegistryPolicy", PutRegistryPolicy$) {
    };
  }
});

// ../../node_modules/@aws-sdk/client-ecr/dist-es/commands/PutRegistryScanningConfigurationCommand.js
var PutRegistryScanningConfigurationCommand;
var init_PutRegistryScanningConfigurationCommand = __esm({
  "../../node_modules/@aws-sdk/client-ecr/dist-es/commands/PutRegistryScanningConfigurationCommand.js"() {
    "use strict";
    init_commandBuilder();
    init_schemas_0();
    PutRegistryScanningConfigurationCommand = class extends command(_ep0, _mw0, "PutRegistryScanningConfiguration", PutRegistryScanningConfiguration$) {
    };
  }
});

// ../../node_modules/@aws-sdk/client-ecr/dist-es/commands/PutReplicationConfigurationCommand.js
var PutReplicationConfigurationCommand;
var init_PutReplicationConfigurationCommand = __esm({
  "../../node_modules/@aws-sdk/client-ecr/dist-es/commands/PutReplicationConfigurationCommand.js"() {
    "use strict";
    init_commandBuilder();
    init_schemas_0();
    PutReplicationConfigurationCommand = class extends command(_ep0, _mw0, "PutReplicationConfiguration", PutReplicationConfiguration$) {
    };
  }
});

// ../../node_modules/@aws-sdk/client-ecr/dist-es/commands/PutSigningConfigurationCommand.js
var PutSigningConfigurationCommand;
var init_PutSigningConfigurationCommand = __esm({
  "../../node_modules/@aws-sdk/client-ecr/dist-es/commands/PutSigningConfigurationCommand.js"() {
    "use strict";
    init_commandBuilder();
    init_schemas_0();
    PutSigningConfigurationCommand = class extends command(_ep0, _mw0, "PutSigningConfiguration", PutSigningConfiguration$) {
    };
  }
});

// ../../node_modules/@aws-sdk/client-ecr/dist-es/commands/RegisterPullTimeUpdateExclusionCommand.js
var RegisterPullTimeUpdateExclusionCommand;
var init_RegisterPullTimeUpdateExclusionCommand = __esm({
  "../../node_modules/@aws-sdk/client-ecr/dist-es/commands/RegisterPullTimeUpdateExclusionCommand.js"() {
    "use strict";
    init_commandBuilder();
    init_schemas_0();
    RegisterPullTimeUpdateExclusionCommand = class extends command(_ep0, _mw0, "RegisterPullTimeUpdateExclusion", RegisterPullTimeUpdateExclusion$) {
    };
  }
});

// ../../node_modules/@aws-sdk/client-ecr/dist-es/commands/SetRepositoryPolicyCommand.js
var SetRepositoryPolicyCommand;
var init_SetRepositoryPolicyCommand = __esm({
  "../../node_modules/@aws-sdk/client-ecr/dist-es/commands/SetRepositoryPolicyCommand.js"() {
    "use strict";
    init_commandBuilder();
    init_schemas_0();
    SetRepositoryPolicyCommand = class extends command(_ep0, _mw0, "SetRepositoryPolicy", SetRepositoryPolicy$) {
    };
  }
});

// ../../node_modules/@aws-sdk/client-ecr/dist-es/commands/StartImageScanCommand.js
var StartImageScanCommand;
var init_StartImageScanCommand = __esm({
  "../../node_modules/@aws-sdk/client-ecr/dist-es/commands/StartImageScanCommand.js"() {
    "use strict";
    init_commandBuilder();
    init_schemas_0();
    StartImageScanCommand = class extends command(_ep0, _mw0, "StartImageScan", StartImageScan$) {
    };
  }
});

// ../../node_modules/@aws-sdk/client-ecr/dist-es/commands/StartLifecyclePolicyPreviewCommand.js
var StartLifecyclePolicyPreviewCommand;
var init_StartLifecyclePolicyPreviewCommand = __esm({
  "../../node_modules/@aws-sdk/client-ecr/dist-es/commands/StartLifecyclePolicyPreviewCommand.js"() {
    "use strict";
    init_commandBuilder();
    init_schemas_0();
    StartLifecyclePolicyPreviewCommand = class extends command(_ep0, _mw0, "StartLifecyclePolicyPreview", StartLifecyclePolicyPreview$) {
    };
  }
});

// ../../node_modules/@aws-sdk/client-ecr/dist-es/commands/StartReplicationBackfillCommand.js
var StartReplicationBackfillCommand;
var init_StartReplicationBackfillCommand = __esm({
  "../../node_modules/@aws-sdk/client-ecr/dist-es/commands/StartReplicationBackfillCommand.js"() {
    "use strict";
    init_commandBuilder();
    init_schemas_0();
    StartReplicationBackfillCommand = class extends command(_ep0, _mw0, "StartReplicationBackfill", StartReplicationBackfill$) {
    };
  }
});

// ../../node_modules/@aws-sdk/client-ecr/dist-es/commands/StopReplicationBackfillCommand.js
var StopReplicationBackfillCommand;
var init_StopReplicationBackfillCommand = __esm({
  "../../node_modules/@aws-sdk/client-ecr/dist-es/commands/StopReplicationBackfillCommand.js"() {
    "use strict";
    init_commandBuilder();
    init_schemas_0();
    StopReplicationBackfillCommand = class extends command(_ep0, _mw0, "StopReplicationBackfill", StopReplicationBackfill$) {
    };
  }
});

// ../../node_modules/@aws-sdk/client-ecr/dist-es/commands/TagResourceCommand.js
var TagResourceCommand;
var init_TagResourceCommand = __esm({
  "../../node_modules/@aws-sdk/client-ecr/dist-es/commands/TagResourceCommand.js"() {
    "use strict";
    init_commandBuilder();
    init_schemas_0();
    TagResourceCommand = class extends command(_ep0, _mw0, "TagResource", TagResource$) {
    };
  }
});

// ../../node_modules/@aws-sdk/client-ecr/dist-es/commands/UntagResourceCommand.js
var UntagResourceCommand;
var init_UntagResourceCommand = __esm({
  "../../node_modules/@aws-sdk/client-ecr/dist-es/commands/UntagResourceCommand.js"() {
    "use strict";
    init_commandBuilder();
    init_schemas_0();
    UntagResourceCommand = class extends command(_ep0, _mw0, "UntagResource", UntagResource$) {
    };
  }
});

// ../../node_modules/@aws-sdk/client-ecr/dist-es/commands/UpdateImageStorageClassCommand.js
var UpdateImageStorageClassCommand;
var init_UpdateImageStorageClassCommand = __esm({
  "../../node_modules/@aws-sdk/client-ecr/dist-es/commands/UpdateImageStorageClassCommand.js"() {
    "use strict";
    init_commandBuilder();
    init_schemas_0();
    UpdateImageStorageClassCommand = class extends command(_ep0, _mw0, "UpdateImageStorageClass", UpdateImageStorageClass$) {
    };
  }
});

// ../../node_modules/@aws-sdk/client-ecr/dist-es/commands/UpdatePullThroughCacheRuleCommand.js
var UpdatePullThroughCacheRuleCommand;
var init_UpdatePullThroughCacheRuleCommand = __esm({
  "../../node_modules/@aws-sdk/client-ecr/dist-es/commands/UpdatePullThroughCacheRuleCommand.js"() {
    "use strict";
    init_commandBuilder();
    init_schemas_0();
    UpdatePullThroughCacheRuleCommand = class extends command(_ep0, _mw0, "UpdatePullThroughCacheRule", UpdatePullThroughCacheRule$) {
    };
  }
});

// ../../node_modules/@aws-sdk/client-ecr/dist-es/commands/UpdateRepositoryCreationTemplateCommand.js
var UpdateRepositoryCreationTemplateCommand;
var init_UpdateRepositoryCreationTemplateCommand = __esm({
  "../../node_modules/@aws-sdk/client-ecr/dist-es/commands/UpdateRepositoryCreationTemplateCommand.js"() {
    "use strict";
    init_commandBuilder();
    init_schemas_0();
    UpdateRepositoryCreationTemplateCommand = class extends command(_ep0, _mw0, "UpdateRepositoryCreationTemplate", UpdateRepositoryCreationTemplate$) {
    };
  }
});

// ../../node_modules/@aws-sdk/client-ecr/dist-es/commands/UploadLayerPartCommand.js
var UploadLayerPartCommand;
var init_UploadLayerPartCommand = __esm({
  "../../node_modules/@aws-sdk/client-ecr/dist-es/commands/UploadLayerPartCommand.js"() {
    "use strict";
    init_commandBuilder();
    init_schemas_0();
    UploadLayerPartCommand = class extends command(_ep0, _mw0, "UploadLayerPart", UploadLayerPart$) {
    };
  }
});

// ../../node_modules/@aws-sdk/client-ecr/dist-es/commands/ValidatePullThroughCacheRuleCommand.js
var ValidatePullThroughCacheRuleCommand;
var init_ValidatePullThroughCacheRuleCommand = __esm({
  "../../node_modules/@aws-sdk/client-ecr/dist-es/commands/ValidatePullThroughCacheRuleCommand.js"() {
    "use strict";
    init_commandBuilder();
    init_schemas_0();
    ValidatePullThroughCacheRuleCommand = class extends command(_ep0, _mw0, "ValidatePullThroughCacheRule", ValidatePullThroughCacheRule$) {
    };
  }
});

// ../../node_modules/@aws-sdk/client-ecr/dist-es/pagination/DescribeImageScanFindingsPaginator.js
var paginateDescribeImageScanFindings;
var init_DescribeImageScanFindingsPaginator = __esm({
  "../../node_modules/@aws-sdk/client-ecr/dist-es/pagination/DescribeImageScanFindingsPaginator.js"() {
    "use strict";
    init_dist_es();
    init_DescribeImageScanFindingsCommand();
    init_ECRClient();
    paginateDescribeImageScanFindings = createPaginator(ECRClient, DescribeImageScanFindingsCommand, "nextToken", "nextToken", "maxResults");
  }
});

// ../../node_modules/@aws-sdk/client-ecr/dist-es/pagination/DescribeImagesPaginator.js
var paginateDescribeImages;
var init_DescribeImagesPaginator = __esm({
  "../../node_modules/@aws-sdk/client-ecr/dist-es/pagination/DescribeImagesPaginator.js"() {
    "use strict";
    init_dist_es();
    init_DescribeImagesCommand();
    init_ECRClient();
    paginateDescribeImages = createPaginator(ECRClient, DescribeImagesCommand, "nextToken", "nextToken", "maxResults");
  }
});

// ../../node_modules/@aws-sdk/client-ecr/dist-es/pagination/DescribePullThroughCacheRulesPaginator.js
var paginateDescribePullThroughCacheRules;
var init_DescribePullThroughCacheRulesPaginator = __esm({
  "../../node_modules/@aws-sdk/client-ecr/dist-es/pagination/DescribePullThroughCacheRulesPaginator.js"() {
    "use strict";
    init_dist_es();
    init_DescribePullThroughCacheRulesCommand();
    init_ECRClient();
    paginateDescribePullThroughCacheRules = createPaginator(ECRClient, DescribePullThroughCacheRulesCommand, "nextToken", "nextToken", "maxResults");
  }
});

// ../../node_modules/@aws-sdk/client-ecr/dist-es/pagination/DescribeReplicationBackfillResultsPaginator.js
var paginateDescribeReplicationBackfillResults;
var init_DescribeReplicationBackfillResultsPaginator = __esm({
  "../../node_modules/@aws-sdk/client-ecr/dist-es/pagination/DescribeReplicationBackfillResultsPaginator.js"() {
    "use strict";
    init_dist_es();
    init_DescribeReplicationBackfillResultsCommand();
    init_ECRClient();
    paginateDescribeReplicationBackfillResults = createPaginator(ECRClient, DescribeReplicationBackfillResultsCommand, "nextToken", "nextToken", "maxResults");
  }
});

// ../../node_modules/@aws-sdk/client-ecr/dist-es/pagination/DescribeRepositoriesPaginator.js
var paginateDescribeRepositories;
var init_DescribeRepositoriesPaginator = __esm({
  "../../node_modules/@aws-sdk/client-ecr/dist-es/pagination/DescribeRepositoriesPaginator.js"() {
    "use strict";
    init_dist_es();
    init_DescribeRepositoriesCommand();
    init_ECRClient();
    paginateDescribeRepositories = createPaginator(ECRClient, DescribeRepositoriesCommand, "nextToken", "nextToken", "maxResults");
  }
});

// ../../node_modules/@aws-sdk/client-ecr/dist-es/pagination/DescribeRepositoryCreationTemplatesPaginator.js
var paginateDescribeRepositoryCreationTemplates;
var init_DescribeRepositoryCreationTemplatesPaginator = __esm({
  "../../node_modules/@aws-sdk/client-ecr/dist-es/pagination/DescribeRepositoryCreationTemplatesPaginator.js"() {
    "use strict";
    init_dist_es();
    init_DescribeRepositoryCreationTemplatesCommand();
    init_ECRClient();
    paginateDescribeRepositoryCreationTemplates = createPaginator(ECRClient, DescribeRepositoryCreationTemplatesCommand, "nextToken", "nextToken", "maxResults");
  }
});

// ../../node_modules/@aws-sdk/client-ecr/dist-es/pagination/GetLifecyclePolicyPreviewPaginator.js
var paginateGetLifecyclePolicyPreview;
var init_GetLifecyclePolicyPreviewPaginator = __esm({
  "../../node_modules/@aws-sdk/client-ecr/dist-es/pagination/GetLifecyclePolicyPreviewPaginator.js"() {
    "use strict";
    init_dist_es();
    init_GetLifecyclePolicyPreviewCommand();
    init_ECRClient();
    paginateGetLifecyclePolicyPreview = createPaginator(ECRClient, GetLifecyclePolicyPreviewCommand, "nextToken", "nextToken", "maxResults");
  }
});

// ../../node_modules/@aws-sdk/client-ecr/dist-es/pagination/ListImagesPaginator.js
var paginateListImages;
var init_ListImagesPaginator = __esm({
  "../../node_modules/@aws-sdk/client-ecr/dist-es/pagination/ListImagesPaginator.js"() {
    "use strict";
    init_dist_es();
    init_ListImagesCommand();
    init_ECRClient();
    paginateListImages = createPaginator(ECRClient, ListImagesCommand, "nextToken", "nextToken", "maxResults");
  }
});

// ../../node_modules/@aws-sdk/client-ecr/dist-es/pagination/ListReplicationBackfillsPaginator.js
var paginateListReplicationBackfills;
var init_ListReplicationBackfillsPaginator = __esm({
  "../../node_modules/@aws-sdk/client-ecr/dist-es/pagination/ListReplicationBackfillsPaginator.js"() {
    "use strict";
    init_dist_es();
    init_ListReplicationBackfillsCommand();
    init_ECRClient();
    paginateListReplicationBackfills = createPaginator(ECRClient, ListReplicationBackfillsCommand, "nextToken", "nextToken", "maxResults");
  }
});

// ../../node_modules/@aws-sdk/client-ecr/dist-es/waiters/waitForImageScanComplete.js
var checkState, waitUntilImageScanComplete;
var init_waitForImageScanComplete = __esm({
  "../../node_modules/@aws-sdk/client-ecr/dist-es/waiters/waitForImageScanComplete.js"() {
    "use strict";
    init_client();
    init_DescribeImageScanFindingsCommand();
    checkState = async (client, input) => {
      let reason;
      try {
        let result = await client.send(new DescribeImageScanFindingsCommand(input));
        reason = result;
        try {
          const returnComparator = () => {
            return result.imageScanStatus.status;
          };
          if (returnComparator() === "COMPLETE") {
            return { state: WaiterState.SUCCESS, reason };
          }
        } catch (e2) {
        }
        try {
          const returnComparator = () => {
            return result.imageScanStatus.status;
          };
          if (returnComparator() === "FAILED") {
            return { state: WaiterState.FAILURE, reason };
          }
        } catch (e2) {
        }
      } catch (exception) {
        reason = exception;
      }
      return { state: WaiterState.RETRY, reason };
    };
    waitUntilImageScanComplete = async (params, input) => {
      const serviceDefaults = { minDelay: 5, maxDelay: 120 };
      const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState);
      return checkExceptions(result);
    };
  }
});

// ../../node_modules/@aws-sdk/client-ecr/dist-es/waiters/waitForLifecyclePolicyPreviewComplete.js
var checkState2, waitUntilLifecyclePolicyPreviewComplete;
var init_waitForLifecyclePolicyPreviewComplete = __esm({
  "../../node_modules/@aws-sdk/client-ecr/dist-es/waiters/waitForLifecyclePolicyPreviewComplete.js"() {
    "use strict";
    init_client();
    init_GetLifecyclePolicyPreviewCommand();
    checkState2 = async (client, input) => {
      let reason;
      try {
        let result = await client.send(new GetLifecyclePolicyPreviewCommand(input));
        reason = result;
        try {
          const returnComparator = () => {
            return result.status;
          };
          if (returnComparator() === "COMPLETE") {
            return { state: WaiterState.SUCCESS, reason };
          }
        } catch (e2) {
        }
        try {
          const returnComparator = () => {
            return result.status;
          };
          if (returnComparator() === "FAILED") {
            return { state: WaiterState.FAILURE, reason };
          }
        } catch (e2) {
        }
      } catch (exception) {
        reason = exception;
      }
      return { state: WaiterState.RETRY, reason };
    };
    waitUntilLifecyclePolicyPreviewComplete = async (params, input) => {
      const serviceDefaults = { minDelay: 5, maxDelay: 120 };
      const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState2);
      return checkExceptions(result);
    };
  }
});

// ../../node_modules/@aws-sdk/client-ecr/dist-es/ECR.js
var commands, paginators, waiters, ECR;
var init_ECR = __esm({
  "../../node_modules/@aws-sdk/client-ecr/dist-es/ECR.js"() {
    "use strict";
    init_client();
    init_BatchCheckLayerAvailabilityCommand();
    init_BatchDeleteImageCommand();
    init_BatchGetImageCommand();
    init_BatchGetRepositoryScanningConfigurationCommand();
    init_CompleteLayerUploadCommand();
    init_CreatePullThroughCacheRuleCommand();
    init_CreateRepositoryCommand();
    init_CreateRepositoryCreationTemplateCommand();
    init_DeleteLifecyclePolicyCommand();
    init_DeletePullThroughCacheRuleCommand();
    init_DeleteRegistryPolicyCommand();
    init_DeleteRepositoryCommand();
    init_DeleteRepositoryCreationTemplateCommand();
    init_DeleteRepositoryPolicyCommand();
    init_DeleteSigningConfigurationCommand();
    init_DeregisterPullTimeUpdateExclusionCommand();
    init_DescribeImageReplicationStatusCommand();
    init_DescribeImageScanFindingsCommand();
    init_DescribeImagesCommand();
    init_DescribeImageSigningStatusCommand();
    init_DescribePullThroughCacheRulesCommand();
    init_DescribeRegistryCommand();
    init_DescribeReplicationBackfillResultsCommand();
    init_DescribeRepositoriesCommand();
    init_DescribeRepositoryCreationTemplatesCommand();
    init_GetAccountSettingCommand();
    init_GetAuthorizationTokenCommand();
    init_GetDownloadUrlForLayerCommand();
    init_GetLifecyclePolicyCommand();
    init_GetLifecyclePolicyPreviewCommand();
    init_GetRegistryPolicyCommand();
    init_GetRegistryScanningConfigurationCommand();
    init_GetRepositoryPolicyCommand();
    init_GetSigningConfigurationCommand();
    init_InitiateLayerUploadCommand();
    init_ListImageReferrersCommand();
    init_ListImagesCommand();
    init_ListPullTimeUpdateExclusionsCommand();
    init_ListReplicationBackfillsCommand();
    init_ListTagsForResourceCommand();
    init_PutAccountSettingCommand();
    init_PutImageCommand();
    init_PutImageScanningConfigurationCommand();
    init_PutImageTagMutabilityCommand();
    init_PutLifecyclePolicyCommand();
    init_PutRegistryPolicyCommand();
    init_PutRegistryScanningConfigurationCommand();
    init_PutReplicationConfigurationCommand();
    init_PutSigningConfigurationCommand();
    init_RegisterPullTimeUpdateExclusionCommand();
    init_SetRepositoryPolicyCommand();
    init_StartImageScanCommand();
    init_StartLifecyclePolicyPreviewCommand();
    init_StartReplicationBackfillCommand();
    init_StopReplicationBackfillCommand();
    init_TagResourceCommand();
    init_UntagResourceCommand();
    init_UpdateImageStorageClassCommand();
    init_UpdatePullThroughCacheRuleCommand();
    init_UpdateRepositoryCreationTemplateCommand();
    init_UploadLayerPartCommand();
    init_ValidatePullThroughCacheRuleCommand();
    init_ECRClient();
    init_DescribeImageScanFindingsPaginator();
    init_DescribeImagesPaginator();
    init_DescribePullThroughCacheRulesPaginator();
    init_DescribeReplicationBackfillResultsPaginator();
    init_DescribeRepositoriesPaginator();
    init_DescribeRepositoryCreationTemplatesPaginator();
    init_GetLifecyclePolicyPreviewPaginator();
    init_ListImagesPaginator();
    init_ListReplicationBackfillsPaginator();
    init_waitForImageScanComplete();
    init_waitForLifecyclePolicyPreviewComplete();
    commands = {
      BatchCheckLayerAvailabilityCommand,
      BatchDeleteImageCommand,
      BatchGetImageCommand,
      BatchGetRepositoryScanningConfigurationCommand,
      CompleteLayerUploadCommand,
      CreatePullThroughCacheRuleCommand,
      CreateRepositoryCommand,
      CreateRepositoryCreationTemplateCommand,
      DeleteLifecyclePolicyCommand,
      DeletePullThroughCacheRuleCommand,
      DeleteRegistryPolicyCommand,
      DeleteRepositoryCommand,
      DeleteRepositoryCreationTemplateCommand,
      DeleteRepositoryPolicyCommand,
      DeleteSigningConfigurationCommand,
      DeregisterPullTimeUpdateExclusionCommand,
      DescribeImageReplicationStatusCommand,
      DescribeImagesCommand,
      DescribeImageScanFindingsCommand,
      DescribeImageSigningStatusCommand,
      DescribePullThroughCacheRulesCommand,
      DescribeRegistryCommand,
      DescribeReplicationBackfillResultsCommand,
      DescribeRepositoriesCommand,
      DescribeRepositoryCreationTemplatesCommand,
      GetAccountSettingCommand,
      GetAuthorizationTokenCommand,
      GetDownloadUrlForLayerCommand,
      GetLifecyclePolicyCommand,
      GetLifecyclePolicyPreviewCommand,
      GetRegistryPolicyCommand,
      GetRegistryScanningConfigurationCommand,
      GetRepositoryPolicyCommand,
      GetSigningConfigurationCommand,
      InitiateLayerUploadCommand,
      ListImageReferrersCommand,
      ListImagesCommand,
      ListPullTimeUpdateExclusionsCommand,
      ListReplicationBackfillsCommand,
      ListTagsForResourceCommand,
      PutAccountSettingCommand,
      PutImageCommand,
      PutImageScanningConfigurationCommand,
      PutImageTagMutabilityCommand,
      PutLifecyclePolicyCommand,
      PutRegistryPolicyCommand,
      PutRegistryScanningConfigurationCommand,
      PutReplicationConfigurationCommand,
      PutSigningConfigurationCommand,
      RegisterPullTimeUpdateExclusionCommand,
      SetRepositoryPolicyCommand,
      StartImageScanCommand,
      StartLifecyclePolicyPreviewCommand,
      StartReplicationBackfillCommand,
      StopReplicationBackfillCommand,
      TagResourceCommand,
      UntagResourceCommand,
      UpdateImageStorageClassCommand,
      UpdatePullThroughCacheRuleCommand,
      UpdateRepositoryCreationTemplateCommand,
      UploadLayerPartCommand,
      ValidatePullThroughCacheRuleCommand
    };
    paginators = {
      paginateDescribeImages,
      paginateDescribeImageScanFindings,
      paginateDescribePullThroughCacheRules,
      paginateDescribeReplicationBackfillResults,
      paginateDescribeRepositories,
      paginateDescribeRepositoryCreationTemplates,
      paginateGetLifecyclePolicyPreview,
      paginateListImages,
      paginateListReplicationBackfills
    };
    waiters = {
      waitUntilImageScanComplete,
      waitUntilLifecyclePolicyPreviewComplete
    };
    ECR = class extends ECRClient {
    };
    createAggregatedClient(commands, ECR, { paginators, waiters });
  }
});

// ../../node_modules/@aws-sdk/client-ecr/dist-es/commands/index.js
var init_commands = __esm({
  "../../node_modules/@aws-sdk/client-ecr/dist-es/commands/index.js"() {
    "use strict";
    init_BatchCheckLayerAvailabilityCommand();
    init_BatchDeleteImageCommand();
    init_BatchGetImageCommand();
    init_BatchGetRepositoryScanningConfigurationCommand();
    init_CompleteLayerUploadCommand();
    init_CreatePullThroughCacheRuleCommand();
    init_CreateRepositoryCommand();
    init_CreateRepositoryCreationTemplateCommand();
    init_DeleteLifecyclePolicyCommand();
    init_DeletePullThroughCacheRuleCommand();
    init_DeleteRegistryPolicyCommand();
    init_DeleteRepositoryCommand();
    init_DeleteRepositoryCreationTemplateCommand();
    init_DeleteRepositoryPolicyCommand();
    init_DeleteSigningConfigurationCommand();
    init_DeregisterPullTimeUpdateExclusionCommand();
    init_DescribeImageReplicationStatusCommand();
    init_DescribeImageScanFindingsCommand();
    init_DescribeImageSigningStatusCommand();
    init_DescribeImagesCommand();
    init_DescribePullThroughCacheRulesCommand();
    init_DescribeRegistryCommand();
    init_DescribeReplicationBackfillResultsCommand();
    init_DescribeRepositoriesCommand();
    init_DescribeRepositoryCreationTemplatesCommand();
    init_GetAccountSettingCommand();
    init_GetAuthorizationTokenCommand();
    init_GetDownloadUrlForLayerCommand();
    init_GetLifecyclePolicyCommand();
    init_GetLifecyclePolicyPreviewCommand();
    init_GetRegistryPolicyCommand();
    init_GetRegistryScanningConfigurationCommand();
    init_GetRepositoryPolicyCommand();
    init_GetSigningConfigurationCommand();
    init_InitiateLayerUploadCommand();
    init_ListImageReferrersCommand();
    init_ListImagesCommand();
    init_ListPullTimeUpdateExclusionsCommand();
    init_ListReplicationBackfillsCommand();
    init_ListTagsForResourceCommand();
    init_PutAccountSettingCommand();
    init_PutImageCommand();
    init_PutImageScanningConfigurationCommand();
    init_PutImageTagMutabilityCommand();
    init_PutLifecyclePolicyCommand();
    init_PutRegistryPolicyCommand();
    init_PutRegistryScanningConfigurationCommand();
    init_PutReplicationConfigurationCommand();
    init_PutSigningConfigurationCommand();
    init_RegisterPullTimeUpdateExclusionCommand();
    init_SetRepositoryPolicyCommand();
    init_StartImageScanCommand();
    init_StartLifecyclePolicyPreviewCommand();
    init_StartReplicationBackfillCommand();
    init_StopReplicationBackfillCommand();
    init_TagResourceCommand();
    init_UntagResourceCommand();
    init_UpdateImageStorageClassCommand();
    init_UpdatePullThroughCacheRuleCommand();
    init_UpdateRepositoryCreationTemplateCommand();
    init_UploadLayerPartCommand();
    init_ValidatePullThroughCacheRuleCommand();
  }
});

// ../../node_modules/@aws-sdk/client-ecr/dist-es/pagination/Interfaces.js
var init_Interfaces = __esm({
  "../../node_modules/@aws-sdk/client-ecr/dist-es/pagination/Interfaces.js"() {
    "use strict";
  }
});

// ../../node_modules/@aws-sdk/client-ecr/dist-es/pagination/index.js
var init_pagination = __esm({
  "../../node_modules/@aws-sdk/client-ecr/dist-es/pagination/index.js"() {
    "use strict";
    init_Interfaces();
    init_DescribeImagesPaginator();
    init_DescribeImageScanFindingsPaginator();
    init_DescribePullThroughCacheRulesPaginator();
    init_DescribeReplicationBackfillResultsPaginator();
    init_DescribeRepositoriesPaginator();
    init_DescribeRepositoryCreationTemplatesPaginator();
    init_GetLifecyclePolicyPreviewPaginator();
    init_ListImagesPaginator();
    init_ListReplicationBackfillsPaginator();
  }
});

// ../../node_modules/@aws-sdk/client-ecr/dist-es/waiters/index.js
var init_waiters = __esm({
  "../../node_modules/@aws-sdk/client-ecr/dist-es/waiters/index.js"() {
    "use strict";
    init_waitForImageScanComplete();
    init_waitForLifecyclePolicyPreviewComplete();
  }
});

// ../../node_modules/@aws-sdk/client-ecr/dist-es/models/enums.js
var init_enums = __esm({
  "../../node_modules/@aws-sdk/client-ecr/dist-es/models/enums.js"() {
    "use strict";
  }
});

// ../../node_modules/@aws-sdk/client-ecr/dist-es/models/models_0.js
var init_models_0 = __esm({
  "../../node_modules/@aws-sdk/client-ecr/dist-es/models/models_0.js"() {
    "use strict";
  }
});

// ../../node_modules/@aws-sdk/client-ecr/dist-es/index.js
var init_dist_es5 = __esm({
  "../../node_modules/@aws-sdk/client-ecr/dist-es/index.js"() {
    "use strict";
    init_ECRClient();
    init_ECR();
    init_commands();
    init_pagination();
    init_waiters();
    init_schemas_0();
    init_enums();
    init_errors();
    init_models_0();
  }
});

// ../registry-adapter/src/_internals/validateCall.ts
function validateGet(call, repository, tag) {
  const parsed = getSchema.safeParse({ repository, tag });
  return parsed.success ? ok(parsed.data) : err({ kind: "unexpected", call, message: describeIssues(parsed.error) });
}
function validatePut(call, repository, tag, manifest) {
  const parsed = putSchema.safeParse({ repository, tag, manifest });
  return parsed.success ? ok(parsed.data) : err({ kind: "unexpected", call, message: describeIssues(parsed.error) });
}
function describeIssues(error) {
  const issues = error.issues.map((issue) => `${issue.path.map(String).join(".") || "(input)"}: ${issue.message}`);
  return `invalid input: ${issues.join("; ")}`;
}
var REPOSITORY, TAG, SHA256_DIGEST, repositorySchema, tagSchema, getSchema, putSchema;
var init_validateCall = __esm({
  "../registry-adapter/src/_internals/validateCall.ts"() {
    "use strict";
    init_index_es();
    init_zod();
    REPOSITORY = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/;
    TAG = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;
    SHA256_DIGEST = /^sha256:[a-f0-9]{64}$/;
    repositorySchema = external_exports.string().max(256).regex(REPOSITORY, "expected a repository name like platform or team/app");
    tagSchema = external_exports.string().regex(TAG, "expected a tag like latest or staging-1a2b3c4");
    getSchema = external_exports.object({ repository: repositorySchema, tag: tagSchema });
    putSchema = external_exports.object({
      repository: repositorySchema,
      tag: tagSchema,
      manifest: external_exports.object({
        mediaType: external_exports.string().min(1).max(255),
        body: external_exports.string().min(1),
        digest: external_exports.string().regex(SHA256_DIGEST, "expected sha256:<64 hex>")
      })
    });
  }
});

// ../registry-adapter/src/mediaTypes.ts
var OCI_INDEX, OCI_MANIFEST, DOCKER_MANIFEST_LIST, DOCKER_MANIFEST, MANIFEST_MEDIA_TYPES;
var init_mediaTypes = __esm({
  "../registry-adapter/src/mediaTypes.ts"() {
    "use strict";
    OCI_INDEX = "application/vnd.oci.image.index.v1+json";
    OCI_MANIFEST = "application/vnd.oci.image.manifest.v1+json";
    DOCKER_MANIFEST_LIST = "application/vnd.docker.distribution.manifest.list.v2+json";
    DOCKER_MANIFEST = "application/vnd.docker.distribution.manifest.v2+json";
    MANIFEST_MEDIA_TYPES = [OCI_INDEX, DOCKER_MANIFEST_LIST, OCI_MANIFEST, DOCKER_MANIFEST];
  }
});

// ../registry-adapter/src/ecr/createQuietEcrClient.ts
function createQuietEcrClient(config) {
  const original = process.emitWarning;
  const filtered = function(warning, ...rest) {
    const text = typeof warning === "string" ? warning : warning?.message ?? "";
    if (SDK_NOTICE.test(text)) return;
    return original.call(process, warning, ...rest);
  };
  process.emitWarning = filtered;
  try {
    return new ECRClient(config);
  } finally {
    process.emitWarning = original;
  }
}
var SILENT_LOGGER, SDK_NOTICE;
var init_createQuietEcrClient = __esm({
  "../registry-adapter/src/ecr/createQuietEcrClient.ts"() {
    "use strict";
    init_dist_es5();
    SILENT_LOGGER = {
      trace: () => void 0,
      debug: () => void 0,
      info: () => void 0,
      warn: () => void 0,
      error: () => void 0
    };
    SDK_NOTICE = /^NodeVersionSupportWarning\b/;
  }
});

// ../registry-adapter/src/ecr/ecrError.ts
function errorName(cause) {
  const name = cause?.name;
  return typeof name === "string" ? name : void 0;
}
function toPortError(cause, context) {
  const { call, path, timeoutMs, signal } = context;
  const shape = typeof cause === "object" && cause !== null ? cause : {};
  const name = typeof shape.name === "string" ? shape.name : "Error";
  const message = typeof shape.message === "string" ? shape.message : typeof cause === "string" ? cause : "request failed";
  if (signal?.aborted || name === "AbortError") return { kind: "aborted", call, path };
  if (typeof shape.code === "string" && NETWORK_CODES.has(shape.code)) {
    return { kind: "network", call, path, message: clean(`${message.split("\n")[0]} (${shape.code})`, context.secrets) };
  }
  if (name === "TimeoutError" || shape.code === "ETIMEDOUT") return { kind: "timeout", call, path, timeoutMs };
  const status = shape.$metadata?.httpStatusCode;
  if (isDeserializationError(cause, name)) {
    if (typeof status === "number" && status >= 300) return { kind: "http", call, path, status, excerpt: "not a JSON answer (HTML or malformed page)" };
    return { kind: "invalid-response", call, path, issues: "body is not valid JSON (malformed, truncated or an HTML page)" };
  }
  if (typeof status === "number" && status >= 300) {
    return { kind: "http", call, path, status, excerpt: clean(`${name}: ${message}`, context.secrets) };
  }
  return { kind: "unexpected", call, message: clean(`${name}: ${message}`, context.secrets) };
}
function isDeserializationError(cause, name) {
  return name === "SyntaxError" && typeof cause === "object" && cause !== null && "$response" in cause;
}
function clean(text, secrets) {
  return sanitizeExcerpt(text.replace(ACCESS_KEY_ID, REDACTED).replace(ACCOUNT_ID, "[account]"), secrets);
}
var NETWORK_CODES, ACCESS_KEY_ID, ACCOUNT_ID;
var init_ecrError = __esm({
  "../registry-adapter/src/ecr/ecrError.ts"() {
    "use strict";
    init_constants();
    init_src();
    NETWORK_CODES = /* @__PURE__ */ new Set(["ECONNREFUSED", "ECONNRESET", "ENOTFOUND", "EAI_AGAIN", "EPIPE", "EHOSTUNREACH", "ENETUNREACH", "ECONNABORTED"]);
    ACCESS_KEY_ID = /\b(?:AKIA|ASIA)[A-Z0-9]{16}\b/g;
    ACCOUNT_ID = /\b\d{12}\b/g;
  }
});

// ../registry-adapter/src/_internals/sha256Digest.ts
import { createHash } from "crypto";
function sha256Digest(text) {
  const hash = createHash("sha256");
  if (typeof text === "string") hash.update(text, "utf8");
  else hash.update(text);
  return `sha256:${hash.digest("hex")}`;
}
var init_sha256Digest = __esm({
  "../registry-adapter/src/_internals/sha256Digest.ts"() {
    "use strict";
  }
});

// ../registry-adapter/src/ecr/ecrSchemas.ts
var imageSchema, batchGetImageSchema, putImageSchema, declaredMediaTypeSchema;
var init_ecrSchemas = __esm({
  "../registry-adapter/src/ecr/ecrSchemas.ts"() {
    "use strict";
    init_zod();
    imageSchema = external_exports.object({
      imageId: external_exports.object({ imageDigest: external_exports.string().regex(/^sha256:[a-f0-9]{64}$/) }),
      imageManifest: external_exports.string().min(1),
      imageManifestMediaType: external_exports.string().min(1).optional()
    });
    batchGetImageSchema = external_exports.object({
      images: external_exports.array(imageSchema).optional(),
      failures: external_exports.array(external_exports.object({ failureCode: external_exports.string().optional() })).optional()
    });
    putImageSchema = external_exports.object({
      image: external_exports.object({ imageId: external_exports.object({ imageDigest: external_exports.string().regex(/^sha256:[a-f0-9]{64}$/) }) })
    });
    declaredMediaTypeSchema = external_exports.object({ mediaType: external_exports.string().min(1) });
  }
});

// ../registry-adapter/src/ecr/readEcrAnswers.ts
function readBatchGetImage(output, context) {
  const invalid = (issues) => err({ kind: "invalid-response", call: context.call, path: context.path, issues });
  const parsed = batchGetImageSchema.safeParse(output);
  if (!parsed.success) return invalid(summarizeZodIssues(parsed.error));
  const image = parsed.data.images?.[0];
  if (!image) {
    const code = parsed.data.failures?.[0]?.failureCode;
    if (code !== void 0 && MISSING_TAG_CODES.has(code)) return ok(null);
    return invalid(code !== void 0 ? `image not returned (${code})` : "neither an image nor a failure in the answer");
  }
  const mediaType = image.imageManifestMediaType ?? declaredMediaType(image.imageManifest);
  if (mediaType === void 0) return invalid("imageManifestMediaType: missing, and the manifest declares none");
  if (sha256Digest(image.imageManifest) !== image.imageId.imageDigest) return invalid("imageManifest: does not match imageDigest");
  return ok({ digest: image.imageId.imageDigest, mediaType, body: image.imageManifest });
}
function readPutImage(output, context) {
  const parsed = putImageSchema.safeParse(output);
  if (!parsed.success) {
    return err({ kind: "invalid-response", call: context.call, path: context.path, issues: summarizeZodIssues(parsed.error) });
  }
  return ok({ digest: parsed.data.image.imageId.imageDigest });
}
function declaredMediaType(body) {
  try {
    const parsed = declaredMediaTypeSchema.safeParse(JSON.parse(body));
    return parsed.success ? parsed.data.mediaType : void 0;
  } catch {
    return void 0;
  }
}
var MISSING_TAG_CODES;
var init_readEcrAnswers = __esm({
  "../registry-adapter/src/ecr/readEcrAnswers.ts"() {
    "use strict";
    init_src();
    init_index_es();
    init_sha256Digest();
    init_ecrSchemas();
    MISSING_TAG_CODES = /* @__PURE__ */ new Set(["ImageNotFound", "ImageTagDoesNotExist"]);
  }
});

// ../registry-adapter/src/ecr/sendEcr.ts
function sendEcr(context, getClient, run, recover) {
  return new ResultAsync(
    (async () => {
      if (context.signal?.aborted) return err({ kind: "aborted", call: context.call, path: context.path });
      try {
        return ok(await run(getClient()));
      } catch (cause) {
        const recovered = context.signal?.aborted ? void 0 : recover?.(cause);
        if (recovered && "ok" in recovered) return ok(recovered.ok);
        if (recovered) return err(recovered.err);
        return err(toPortError(cause, context));
      }
    })()
  );
}
var init_sendEcr = __esm({
  "../registry-adapter/src/ecr/sendEcr.ts"() {
    "use strict";
    init_index_es();
    init_ecrError();
  }
});

// ../registry-adapter/src/ecr/createEcrRegistry.ts
function createEcrRegistry(options = {}) {
  const requestTimeoutMs = positiveOr(options?.requestTimeoutMs, DEFAULT_REQUEST_TIMEOUT_MS);
  const connectionTimeoutMs = positiveOr(options?.connectionTimeoutMs, DEFAULT_CONNECTION_TIMEOUT_MS);
  const secrets = staticSecrets(options?.credentials);
  const registryId = options?.registryId ? { registryId: options.registryId } : {};
  let client = options?.client;
  const getClient = () => client ??= createQuietEcrClient({
    ...options?.region ? { region: options.region } : {},
    ...options?.endpoint ? { endpoint: options.endpoint } : {},
    ...options?.credentials ? { credentials: options.credentials } : {},
    maxAttempts: Math.min(Math.max(Math.trunc(Number(options?.maxAttempts ?? 3)) || 3, 1), 5),
    logger: SILENT_LOGGER,
    requestHandler: {
      requestTimeout: requestTimeoutMs,
      connectionTimeout: connectionTimeoutMs,
      // Without this the SDK only logs a warning when the deadline passes, and keeps waiting.
      throwOnRequestTimeout: true,
      logger: SILENT_LOGGER
    }
  });
  return {
    name: "ecr",
    getManifest(repository, tag, signal) {
      const input = validateGet(GET_CALL, repository, tag);
      if (input.isErr()) return errAsync(input.error);
      const context = callContext(GET_CALL, input.value, requestTimeoutMs, secrets, signal);
      return sendEcr(
        context,
        getClient,
        (c2) => c2.send(
          new BatchGetImageCommand({
            ...registryId,
            repositoryName: input.value.repository,
            imageIds: [{ imageTag: input.value.tag }],
            acceptedMediaTypes: [...MANIFEST_MEDIA_TYPES]
          }),
          { abortSignal: signal }
        )
      ).andThen((output) => readBatchGetImage(output, context));
    },
    putManifest(repository, tag, manifest, signal) {
      const input = validatePut(PUT_CALL, repository, tag, manifest);
      if (input.isErr()) return errAsync(input.error);
      const { manifest: m2 } = input.value;
      const context = callContext(PUT_CALL, input.value, requestTimeoutMs, secrets, signal);
      const sent = sendEcr(
        context,
        getClient,
        (c2) => c2.send(
          new PutImageCommand({
            ...registryId,
            repositoryName: input.value.repository,
            imageTag: input.value.tag,
            imageManifest: m2.body,
            imageManifestMediaType: m2.mediaType,
            // ECR checks the body against it: a manifest altered on the way is refused, not stored.
            imageDigest: m2.digest
          }),
          { abortSignal: signal }
        ),
        (cause) => {
          const name = errorName(cause);
          if (name === "ImageAlreadyExistsException") return { ok: { image: { imageId: { imageDigest: m2.digest } } } };
          if (name === "ImageTagAlreadyExistsException") {
            const immutable = { kind: "tag-immutable", call: PUT_CALL, repository: input.value.repository, tag: input.value.tag };
            return { err: immutable };
          }
          return void 0;
        }
      );
      return sent.andThen((output) => readPutImage(output, context));
    }
  };
}
function callContext(call, input, timeoutMs, secrets, signal) {
  return { call, path: `${input.repository}:${input.tag}`, timeoutMs, secrets, ...signal ? { signal } : {} };
}
function positiveOr(value, fallback) {
  return typeof value === "number" && Number.isInteger(value) && value > 0 && value <= 2147483647 ? value : fallback;
}
function staticSecrets(credentials) {
  if (!credentials || typeof credentials === "function") return [];
  const c2 = credentials;
  return [c2.accessKeyId, c2.secretAccessKey, c2.sessionToken].filter((v) => typeof v === "string" && v.length > 0);
}
var GET_CALL, PUT_CALL, DEFAULT_REQUEST_TIMEOUT_MS, DEFAULT_CONNECTION_TIMEOUT_MS;
var init_createEcrRegistry = __esm({
  "../registry-adapter/src/ecr/createEcrRegistry.ts"() {
    "use strict";
    init_dist_es5();
    init_index_es();
    init_validateCall();
    init_mediaTypes();
    init_createQuietEcrClient();
    init_ecrError();
    init_readEcrAnswers();
    init_sendEcr();
    GET_CALL = "ECR BatchGetImage";
    PUT_CALL = "ECR PutImage";
    DEFAULT_REQUEST_TIMEOUT_MS = 3e4;
    DEFAULT_CONNECTION_TIMEOUT_MS = 5e3;
  }
});

// ../registry-adapter/src/oci/ociExchange.ts
function ociExchange(request) {
  return sendOnce({ ...request, maxBodyBytes: request.maxBodyBytes ?? MAX_MANIFEST_BYTES });
}
function errorExcerpt(bytes, secrets) {
  const text = new TextDecoder().decode(bytes);
  if (text.trim() === "") return void 0;
  try {
    const first = JSON.parse(text).errors?.[0];
    if (first && typeof first.code === "string") {
      return sanitizeExcerpt(typeof first.message === "string" ? `${first.code}: ${first.message}` : first.code, secrets);
    }
  } catch {
  }
  return sanitizeExcerpt(text, secrets);
}
var MAX_MANIFEST_BYTES;
var init_ociExchange = __esm({
  "../registry-adapter/src/oci/ociExchange.ts"() {
    "use strict";
    init_src();
    MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
  }
});

// ../registry-adapter/src/oci/readOciAnswers.ts
function readManifestResponse(response, call, secrets) {
  const { status, headers, bytes, path } = response;
  if (status === 404) return ok(null);
  if (status !== 200) return err(httpError(response, call, secrets));
  const invalid = (issues) => err({ kind: "invalid-response", call, path, issues });
  let body;
  try {
    body = utf8.decode(bytes);
  } catch {
    return invalid("manifest is not UTF-8 text");
  }
  const digest = sha256Digest(bytes);
  const announced = headers.get("docker-content-digest")?.trim();
  if (announced && DIGEST.test(announced) && announced !== digest) return invalid("Docker-Content-Digest: does not match the body");
  const contentType = (headers.get("content-type") ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
  const mediaType = GENERIC_TYPES.has(contentType) ? declaredMediaType2(body) : contentType;
  if (!mediaType) return invalid("Content-Type: missing, and the manifest declares no mediaType");
  if (!MANIFEST_MEDIA_TYPES.includes(mediaType)) return invalid("Content-Type: not one of the manifest media types asked for");
  const problem = manifestProblem(body, mediaType);
  if (problem) return invalid(problem);
  return ok({ digest, mediaType, body });
}
function manifestProblem(body, mediaType) {
  let json;
  try {
    json = JSON.parse(body);
  } catch {
    return "manifest is not (complete) JSON";
  }
  const schema = mediaType === OCI_INDEX || mediaType === DOCKER_MANIFEST_LIST ? indexSchema : imageSchema2;
  const parsed = schema.safeParse(json);
  return parsed.success ? void 0 : `manifest: ${summarizeZodIssues(parsed.error)}`;
}
function readPutResponse(response, context, secrets) {
  const { status, headers } = response;
  if (status >= 200 && status <= 299) {
    const announced = headers.get("docker-content-digest")?.trim();
    if (announced && DIGEST.test(announced)) return ok({ digest: announced });
    if (status !== 201)
      return err({
        kind: "invalid-response",
        call: context.call,
        path: response.path,
        issues: `HTTP ${status} without Docker-Content-Digest is not a registry's answer to a manifest PUT`
      });
    return ok({ digest: context.digest });
  }
  if (isImmutableRefusal(response)) return err({ kind: "tag-immutable", call: context.call, repository: context.repository, tag: context.tag });
  return err(httpError(response, context.call, secrets));
}
function isImmutableRefusal({ status, bytes }) {
  if (status === 409) return true;
  if (status < 400 || status > 499) return false;
  return /immutab/i.test(new TextDecoder().decode(bytes));
}
function httpError({ status, bytes, path }, call, secrets) {
  const excerpt = errorExcerpt(bytes, secrets);
  return { kind: "http", call, path, status, ...excerpt ? { excerpt } : {} };
}
function declaredMediaType2(body) {
  try {
    const mediaType = JSON.parse(body)?.mediaType;
    return typeof mediaType === "string" && mediaType !== "" ? mediaType : void 0;
  } catch {
    return void 0;
  }
}
var DIGEST, GENERIC_TYPES, utf8, indexSchema, imageSchema2;
var init_readOciAnswers = __esm({
  "../registry-adapter/src/oci/readOciAnswers.ts"() {
    "use strict";
    init_src();
    init_index_es();
    init_zod();
    init_sha256Digest();
    init_mediaTypes();
    init_ociExchange();
    DIGEST = /^sha256:[a-f0-9]{64}$/;
    GENERIC_TYPES = /* @__PURE__ */ new Set(["", "application/json", "text/plain", "application/octet-stream"]);
    utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
    indexSchema = external_exports.object({ schemaVersion: external_exports.literal(2), manifests: external_exports.array(external_exports.unknown()) });
    imageSchema2 = external_exports.object({ schemaVersion: external_exports.literal(2), config: external_exports.object({}), layers: external_exports.array(external_exports.unknown()) });
  }
});

// ../registry-adapter/src/oci/authChallenge.ts
function parseAuthChallenge(header) {
  if (!header) return void 0;
  const challenges = [];
  let rest = header;
  while (rest.trim() !== "") {
    const scheme = SCHEME.exec(rest);
    if (!scheme) break;
    rest = rest.slice(scheme[0].length);
    const current = { scheme: (scheme[1] ?? "").toLowerCase(), params: {} };
    challenges.push(current);
    for (let param = PARAM.exec(rest); param; param = PARAM.exec(rest)) {
      current.params[(param[1] ?? "").toLowerCase()] = param[2] !== void 0 ? param[2].replace(/\\(.)/g, "$1") : param[3] ?? "";
      rest = rest.slice(param[0].length);
    }
  }
  return challenges.find((c2) => c2.scheme === "bearer") ?? challenges[0];
}
var PARAM, SCHEME;
var init_authChallenge = __esm({
  "../registry-adapter/src/oci/authChallenge.ts"() {
    "use strict";
    PARAM = /^\s*([A-Za-z0-9_-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^,\s]*))\s*,?/;
    SCHEME = /^\s*,?\s*([A-Za-z][A-Za-z0-9._~+/-]*)(?=\s|$)/;
  }
});

// ../registry-adapter/src/oci/registryAuth.ts
function createRegistryAuth(origin, credentials, agents) {
  const { username, password, token } = credentials;
  const basic = username !== void 0 && password !== void 0 ? `Basic ${Buffer.from(`${username}:${password}`).toString("base64")}` : void 0;
  const secrets = [password, token, basic?.slice("Basic ".length)].filter((s) => typeof s === "string" && s !== "");
  const tokens = /* @__PURE__ */ new Map();
  const exchange = (request, authorization) => ociExchange({
    ...request,
    headers: authorization ? { ...request.headers, authorization } : request.headers,
    secrets,
    agents
  });
  async function fetchToken(challenge, scope, request) {
    let realm;
    try {
      realm = new URL(challenge.params.realm ?? "");
    } catch {
      return err({ kind: "invalid-response", call: request.call, path: request.url.pathname, issues: "WWW-Authenticate: realm is not a URL" });
    }
    if (realm.protocol !== "https:" && realm.protocol !== "http:" || realm.username !== "" || realm.password !== "") {
      return err({ kind: "invalid-response", call: request.call, path: request.url.pathname, issues: "WWW-Authenticate: realm is not a usable http(s) URL" });
    }
    if (challenge.params.service) realm.searchParams.set("service", challenge.params.service);
    realm.searchParams.set("scope", challenge.params.scope || scope);
    const mayCarryPassword = realm.origin === origin || realm.protocol === "https:";
    const answer = await ociExchange({
      call: TOKEN_CALL,
      url: realm,
      method: "GET",
      headers: { accept: "application/json", ...basic && mayCarryPassword ? { authorization: basic } : {} },
      timeoutMs: request.timeoutMs,
      maxBodyBytes: MAX_TOKEN_ANSWER_BYTES,
      ...request.signal ? { signal: request.signal } : {},
      secrets,
      agents
    });
    if (answer.isErr()) return err(answer.error);
    const { status, bytes, path } = answer.value;
    if (status < 200 || status > 299) {
      const excerpt = errorExcerpt(bytes, secrets);
      return err({ kind: "http", call: TOKEN_CALL, path, status, ...excerpt ? { excerpt } : {} });
    }
    let json;
    try {
      json = JSON.parse(new TextDecoder().decode(bytes));
    } catch {
      return err({ kind: "invalid-response", call: TOKEN_CALL, path, issues: "body is not JSON" });
    }
    const parsed = tokenSchema.safeParse(json);
    if (!parsed.success) return err({ kind: "invalid-response", call: TOKEN_CALL, path, issues: summarizeZodIssues(parsed.error) });
    return ok(parsed.data.token ?? parsed.data.access_token);
  }
  return {
    secrets,
    async send(request, scope) {
      const cached = tokens.get(scope);
      const first = await exchange(request, cached ? `Bearer ${cached}` : token ? `Bearer ${token}` : basic);
      if (first.isErr() || first.value.status !== 401 || token) return first;
      const challenge = parseAuthChallenge(first.value.headers.get("www-authenticate"));
      if (challenge?.scheme !== "bearer" || !challenge.params.realm) return first;
      const fresh = await fetchToken(challenge, scope, request);
      if (fresh.isErr()) return err(fresh.error);
      tokens.set(scope, fresh.value);
      secrets.push(fresh.value);
      return exchange(request, `Bearer ${fresh.value}`);
    }
  };
}
var TOKEN_CALL, MAX_TOKEN_ANSWER_BYTES, tokenSchema;
var init_registryAuth = __esm({
  "../registry-adapter/src/oci/registryAuth.ts"() {
    "use strict";
    init_src();
    init_index_es();
    init_zod();
    init_authChallenge();
    init_ociExchange();
    TOKEN_CALL = "GET registry token";
    MAX_TOKEN_ANSWER_BYTES = 256 * 1024;
    tokenSchema = external_exports.object({ token: external_exports.string().min(1).optional(), access_token: external_exports.string().min(1).optional() }).refine((body) => body.token !== void 0 || body.access_token !== void 0, { message: "expected token or access_token" });
  }
});

// ../registry-adapter/src/oci/registryAddress.ts
function parseRegistryAddress(registry, insecureLoopback) {
  if (typeof registry !== "string" || registry.trim() === "") return err("registry: required (host[:port] or https:// URL)");
  const text = registry.trim();
  const hasScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text);
  let url;
  try {
    url = new URL(hasScheme ? text : `https://${text}`);
  } catch {
    return err("registry: not a host[:port] or URL");
  }
  if (url.username !== "" || url.password !== "") return err("registry: must not contain credentials (use username/password)");
  if (url.pathname !== "/" && url.pathname !== "" || url.search !== "" || url.hash !== "") {
    return err("registry: must be a host[:port] without a path");
  }
  const loopback = isLoopbackHost(url.hostname);
  if (!hasScheme && insecureLoopback && loopback) url = new URL(`http://${url.host}`);
  if (url.protocol === "http:") {
    if (!loopback) return err("registry: must use https:// (plain http only for a loopback registry)");
    if (!insecureLoopback) return err("registry: plain http needs insecureLoopback");
  } else if (url.protocol !== "https:") {
    return err("registry: must use https://");
  }
  return ok({ origin: url.origin, name: url.host });
}
var init_registryAddress = __esm({
  "../registry-adapter/src/oci/registryAddress.ts"() {
    "use strict";
    init_src();
    init_index_es();
  }
});

// ../registry-adapter/src/oci/createOciRegistry.ts
function createOciRegistry(options) {
  const address = parseRegistryAddress(options?.registry, options?.insecureLoopback === true);
  const timeoutMs = validTimeout(options?.timeoutMs) ?? DEFAULT_TIMEOUT_MS;
  const auth = address.isOk() ? createRegistryAuth(
    address.value.origin,
    {
      ...options.username !== void 0 ? { username: options.username } : {},
      ...options.password !== void 0 ? { password: options.password } : {},
      ...options.token ? { token: options.token } : {}
    },
    createAgentPool()
  ) : void 0;
  const ready = (call) => address.isOk() && auth ? ok({ origin: address.value.origin, auth }) : err({ kind: "unexpected", call, message: address.isErr() ? address.error : "registry: not usable" });
  const manifestUrl = (origin, repository, tag) => new URL(`/v2/${repository}/manifests/${encodeURIComponent(tag)}`, origin);
  return {
    name: address.isOk() ? address.value.name : "oci",
    getManifest(repository, tag, signal) {
      const input = validateGet(GET_CALL2, repository, tag).andThen((value) => ready(GET_CALL2).map((r2) => ({ ...value, ...r2 })));
      if (input.isErr()) return errAsync(input.error);
      const { origin, auth: a2, repository: repo, tag: t } = input.value;
      return guarded(GET_CALL2, async () => {
        const answer = await a2.send(
          { call: GET_CALL2, url: manifestUrl(origin, repo, t), method: "GET", headers: { accept: ACCEPT }, timeoutMs, ...signal ? { signal } : {} },
          `repository:${repo}:pull`
        );
        return answer.andThen((response) => readManifestResponse(response, GET_CALL2, a2.secrets));
      });
    },
    putManifest(repository, tag, manifest, signal) {
      const input = validatePut(PUT_CALL2, repository, tag, manifest).andThen((value) => ready(PUT_CALL2).map((r2) => ({ ...value, ...r2 })));
      if (input.isErr()) return errAsync(input.error);
      const { origin, auth: a2, repository: repo, tag: t, manifest: m2 } = input.value;
      if (sha256Digest(m2.body) !== m2.digest)
        return errAsync({ kind: "unexpected", call: PUT_CALL2, message: "invalid input: manifest.digest: does not match manifest.body" });
      return guarded(PUT_CALL2, async () => {
        const answer = await a2.send(
          {
            call: PUT_CALL2,
            url: manifestUrl(origin, repo, t),
            method: "PUT",
            headers: { "content-type": m2.mediaType },
            body: m2.body,
            timeoutMs,
            ...signal ? { signal } : {}
          },
          `repository:${repo}:pull,push`
        );
        return answer.andThen((response) => readPutResponse(response, { call: PUT_CALL2, repository: repo, tag: t, digest: m2.digest }, a2.secrets));
      });
    }
  };
}
function guarded(call, work) {
  return new ResultAsync(
    (async () => {
      try {
        return await work();
      } catch (cause) {
        return err({ kind: "unexpected", call, message: cause instanceof Error ? cause.name : "non-error thrown" });
      }
    })()
  );
}
function validTimeout(value) {
  return typeof value === "number" && Number.isInteger(value) && value > 0 && value <= 2147483647 ? value : void 0;
}
var GET_CALL2, PUT_CALL2, DEFAULT_TIMEOUT_MS, ACCEPT;
var init_createOciRegistry = __esm({
  "../registry-adapter/src/oci/createOciRegistry.ts"() {
    "use strict";
    init_src();
    init_index_es();
    init_sha256Digest();
    init_validateCall();
    init_mediaTypes();
    init_readOciAnswers();
    init_registryAuth();
    init_registryAddress();
    GET_CALL2 = "GET manifest";
    PUT_CALL2 = "PUT manifest";
    DEFAULT_TIMEOUT_MS = 3e4;
    ACCEPT = MANIFEST_MEDIA_TYPES.join(", ");
  }
});

// ../registry-adapter/src/index.ts
var init_src2 = __esm({
  "../registry-adapter/src/index.ts"() {
    init_createEcrRegistry();
    init_mediaTypes();
    init_createOciRegistry();
    init_registryAddress();
  }
});

export {
  OCI_INDEX,
  OCI_MANIFEST,
  DOCKER_MANIFEST_LIST,
  DOCKER_MANIFEST,
  MANIFEST_MEDIA_TYPES,
  createEcrRegistry,
  parseRegistryAddress,
  createOciRegistry,
  init_src2 as init_src
};
