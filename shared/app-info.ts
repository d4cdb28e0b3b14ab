/** The app's name as users see it. */
export const APP_NAME = 'Tokencast';

/** This build's version; a test keeps it equal to package.json's. */
export const APP_VERSION = '0.1.0';
