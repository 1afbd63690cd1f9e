import type { Browser, LaunchOptions } from 'playwright';

export declare const chromiumPath: string;
export declare const chromiumArgs: string[];
export declare const launchOptions: LaunchOptions & {
  executablePath: string;
  headless: true;
  args: string[];
};
export declare function launchChromium(): Promise<Browser>;
